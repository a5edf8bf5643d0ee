import type { EventHandler } from '../../core/bus/domainEvent.js';
import { recordLeadChange } from '../data/leadCopyQueries.js';
import { processedEvents } from '../data/tables.js';
import { eventsSource, type LeadAppointed, type LeadRemoved } from '../domainEvents.js';

/** chapters.LeadAppointed: the member now manages the chapter's events. */
export const onLeadAppointed: EventHandler<LeadAppointed> = {
  consumer: eventsSource,
  type: 'chapters.LeadAppointed',
  inbox: processedEvents,
  async handle(tx, event) {
    const { chapterId, memberId, role, appointedAt } = event.payload;
    await recordLeadChange(tx, { chapterId, memberId, role, active: true, changedAt: new Date(appointedAt) });
  },
};

/**
 * chapters.LeadRemoved: the member no longer holds that role; with no other
 * role in the chapter, they no longer manage its events.
 */
export const onLeadRemoved: EventHandler<LeadRemoved> = {
  consumer: eventsSource,
  type: 'chapters.LeadRemoved',
  inbox: processedEvents,
  async handle(tx, event) {
    const { chapterId, memberId, role, removedAt } = event.payload;
    await recordLeadChange(tx, { chapterId, memberId, role, active: false, changedAt: new Date(removedAt) });
  },
};
