import { randomUUID } from 'node:crypto';
import { recordEvent } from '../../core/bus/recordEvent.js';
import type { Database } from '../../core/database/database.js';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import type { Viewer } from '../../core/viewer.js';
import { assertManagesEvents } from '../access.js';
import { insertEvent, lockEvent, updateEvent } from '../data/eventQueries.js';
import { countHeldSeats, liveRegistrationsOfEvent } from '../data/registrationQueries.js';
import type { EventRow } from '../data/tables.js';
import { eventsSource, type EventCreated } from '../domainEvents.js';
import type { EventDetails } from '../eventInput.js';
import { cancelSeat, fillFreedSeats } from './seats.js';

/**
 * The writes of an event's own details: create, update, publish, cancel.
 * Each runs inside the caller's transaction; all but create take the event's
 * lock first, as every write that moves seats does.
 */

/** The event, locked; NOT_FOUND naming `argument` when no event has the id. */
export async function lockExistingEvent(tx: Database, id: string, argument: string): Promise<EventRow> {
  const event = await lockEvent(tx, id);
  if (!event) throw new NotFoundError(`No event has id "${id}".`, { argument });
  return event;
}

function assertNotCancelled(event: EventRow): void {
  if (event.status === 'CANCELLED') {
    throw new ConflictError(`The event "${event.title}" is CANCELLED.`, { reason: 'EVENT_CANCELLED' });
  }
}

/**
 * Creates an event as a DRAFT; staff, or a lead of its chapter. Records
 * events.EventCreated, from which the partners subgraph learns that the
 * event exists and may be sponsored.
 */
export async function createEvent(tx: Database, request: { viewer: Viewer; details: EventDetails; now: Date }): Promise<EventRow> {
  await assertManagesEvents(tx, request.viewer, request.details.chapterId, 'Mutation.createEvent');
  const event = await insertEvent(tx, { id: randomUUID(), status: 'DRAFT', ...request.details });

  const payload: EventCreated = {
    eventId: event.id,
    chapterId: event.chapterId,
    title: event.title,
    kind: event.kind,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    timeZone: event.timeZone,
    createdAt: request.now.toISOString(),
  };
  await recordEvent(tx, { type: 'events.EventCreated', source: eventsSource, payload: { ...payload } });
  return event;
}

/**
 * Changes an event's details. The capacity may not fall below the seats held
 * (CONFLICT CAPACITY_BELOW_CONFIRMED, never a silent overbooking); a higher
 * one promotes members from the waitlist in the same transaction.
 */
export async function changeEvent(
  tx: Database,
  request: { viewer: Viewer; id: string; details: (current: EventRow) => EventDetails; now: Date },
): Promise<EventRow> {
  const event = await lockExistingEvent(tx, request.id, 'id');
  await assertManagesEvents(tx, request.viewer, event.chapterId, 'Mutation.updateEvent');
  assertNotCancelled(event);

  const details = request.details(event);
  if (details.chapterId !== event.chapterId) {
    await assertManagesEvents(tx, request.viewer, details.chapterId, 'Mutation.updateEvent');
  }
  const held = await countHeldSeats(tx, event.id);
  if (details.capacity < held) {
    throw new ConflictError(
      `The event "${event.title}" has ${held} seats confirmed or pending payment: its capacity cannot go below ${held}.`,
      { reason: 'CAPACITY_BELOW_CONFIRMED' },
    );
  }

  const updated = await updateEvent(tx, event.id, details);
  await fillFreedSeats(tx, updated, request.now);
  return updated;
}

/** Opens a DRAFT event for registration, before its start. */
export async function publishEvent(tx: Database, request: { viewer: Viewer; id: string; now: Date }): Promise<EventRow> {
  const event = await lockExistingEvent(tx, request.id, 'id');
  await assertManagesEvents(tx, request.viewer, event.chapterId, 'Mutation.publishEvent');
  if (event.status !== 'DRAFT') {
    throw new ConflictError(`The event "${event.title}" is ${event.status}, not a DRAFT.`, { reason: 'EVENT_NOT_DRAFT' });
  }
  if (request.now.getTime() >= event.startsAt.getTime()) {
    throw new ConflictError(`The event "${event.title}" started at ${event.startsAt.toISOString()}: too late to publish it.`, {
      reason: 'EVENT_STARTED',
    });
  }
  return updateEvent(tx, event.id, { status: 'PUBLISHED' });
}

/**
 * Calls an event off before it ends: every registration not yet cancelled is
 * cancelled with the reason EVENT_CANCELLED, its points refunded and its fee
 * marked refunded.
 */
export async function cancelEvent(tx: Database, request: { viewer: Viewer; id: string; now: Date }): Promise<EventRow> {
  const event = await lockExistingEvent(tx, request.id, 'id');
  await assertManagesEvents(tx, request.viewer, event.chapterId, 'Mutation.cancelEvent');
  assertNotCancelled(event);
  if (request.now.getTime() >= event.endsAt.getTime()) {
    throw new ConflictError(`The event "${event.title}" ended at ${event.endsAt.toISOString()}: it can no longer be called off.`, {
      reason: 'EVENT_ENDED',
    });
  }

  const cancelled = await updateEvent(tx, event.id, { status: 'CANCELLED' });
  for (const registration of await liveRegistrationsOfEvent(tx, event.id)) {
    await cancelSeat(tx, cancelled, registration, { reason: 'EVENT_CANCELLED', now: request.now });
  }
  return cancelled;
}
