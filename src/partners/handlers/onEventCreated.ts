import type { EventHandler } from '../../core/bus/domainEvent.js';
import { recordKnownEvent } from '../data/sponsorshipQueries.js';
import { processedEvents } from '../data/tables.js';
import { partnersSource, type EventCreated } from '../domainEvents.js';

/** events.EventCreated: the event exists, and a sponsorship may now cover it. */
export const onEventCreated: EventHandler<EventCreated> = {
  consumer: partnersSource,
  type: 'events.EventCreated',
  inbox: processedEvents,
  async handle(tx, event) {
    await recordKnownEvent(tx, { eventId: event.payload.eventId, createdAt: new Date(event.payload.createdAt) });
  },
};
