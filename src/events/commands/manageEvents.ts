import { randomUUID } from 'node:crypto';
import { recordEvent } from '../../core/bus/recordEvent.js';
import type { Database } from '../../core/database/database.js';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import type { Viewer } from '../../core/viewer.js';
import { assertManagesEvents } from '../access.js';
import { isKnownChapter } from '../data/chapterCopyQueries.js';
import { insertEvent, lockEvent, updateEvent } from '../data/eventQueries.js';
import { countHeldSeats, liveRegistrationsOfEvent } from '../data/registrationQueries.js';
import type { EventRow } from '../data/tables.js';
import { eventsSource, type EventCreated } from '../domainEvents.js';
import type { EventDetails } from '../eventInput.js';
import { cancelSeat, fillFreedSeats } from './seats.js';

/**
 * The writes of an event's own details: create, update, publish, cancel.
 * Each runs inside the caller's transaction; all but create take the event's
 * lock first, as every write that moves seats does. Every CONFLICT names the
 * event's status in `extensions.status`.
 */

/** The event, locked; NOT_FOUND naming `argument` when no event has the id. */
export async function lockExistingEvent(tx: Database, id: string, argument: string): Promise<EventRow> {
  const event = await lockEvent(tx, id);
  if (!event) throw new NotFoundError(`No event has id "${id}".`, { argument });
  return event;
}

/** CONFLICT EVENT_CANCELLED for an event called off. */
export function assertNotCancelled(event: EventRow): void {
  if (event.status === 'CANCELLED') {
    throw new ConflictError(`The event "${event.title}" is CANCELLED.`, { reason: 'EVENT_CANCELLED', status: event.status });
  }
}

/** CONFLICT EVENT_ENDED for an event that is over, naming `what` can no longer be done. */
function assertNotEnded(event: EventRow, now: Date, what: string): void {
  if (now.getTime() >= event.endsAt.getTime()) {
    throw new ConflictError(`The event "${event.title}" ended at ${event.endsAt.toISOString()}: it can no longer be ${what}.`, {
      reason: 'EVENT_ENDED',
      status: event.status,
    });
  }
}

/**
 * NOT_FOUND naming `input.chapterId` unless the chapter exists, by the
 * events subgraph's copy of the chapters; a national event has none to check.
 */
async function assertKnownChapter(tx: Database, chapterId: string | null): Promise<void> {
  if (chapterId === null || (await isKnownChapter(tx, chapterId))) return;
  throw new NotFoundError(`No chapter has id "${chapterId}".`, { argument: 'input.chapterId' });
}

/**
 * Creates an event as a DRAFT; staff, or a lead of its chapter, which must
 * exist. Records events.EventCreated, from which the partners subgraph
 * learns that the event exists and may be sponsored.
 */
export async function createEvent(tx: Database, request: { viewer: Viewer; details: EventDetails; now: Date }): Promise<EventRow> {
  await assertManagesEvents(tx, request.viewer, request.details.chapterId, 'Mutation.createEvent');
  await assertKnownChapter(tx, request.details.chapterId);
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
 * Changes an event's details until it ends: an event that is over is a
 * record of what happened, its check-ins and ratings tied to its dates
 * (CONFLICT EVENT_ENDED). The capacity may not fall below the seats held
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
  assertNotEnded(event, request.now, 'changed');

  const details = request.details(event);
  if (details.chapterId !== event.chapterId) {
    await assertManagesEvents(tx, request.viewer, details.chapterId, 'Mutation.updateEvent');
    await assertKnownChapter(tx, details.chapterId);
  }
  const held = await countHeldSeats(tx, event.id);
  if (details.capacity < held) {
    throw new ConflictError(
      `The event "${event.title}" has ${held} seats confirmed or pending payment: its capacity cannot go below ${held}.`,
      { reason: 'CAPACITY_BELOW_CONFIRMED', status: event.status },
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
    throw new ConflictError(`The event "${event.title}" is ${event.status}, not a DRAFT.`, { reason: 'EVENT_NOT_DRAFT', status: event.status });
  }
  if (request.now.getTime() >= event.startsAt.getTime()) {
    throw new ConflictError(`The event "${event.title}" started at ${event.startsAt.toISOString()}: too late to publish it.`, {
      reason: 'EVENT_STARTED',
      status: event.status,
    });
  }
  return updateEvent(tx, event.id, { status: 'PUBLISHED' });
}

/**
 * Calls an event off before it ends. Every registration not yet cancelled
 * is cancelled with the reason EVENT_CANCELLED, its points refunded and its
 * fee marked refunded, except those of members who already checked in at an
 * event under way: that attendance happened, so their registrations stay
 * CONFIRMED with their check-in (and their price paid), count as attended,
 * and may rate the event once it ends.
 */
export async function cancelEvent(tx: Database, request: { viewer: Viewer; id: string; now: Date }): Promise<EventRow> {
  const event = await lockExistingEvent(tx, request.id, 'id');
  await assertManagesEvents(tx, request.viewer, event.chapterId, 'Mutation.cancelEvent');
  assertNotCancelled(event);
  assertNotEnded(event, request.now, 'called off');

  const cancelled = await updateEvent(tx, event.id, { status: 'CANCELLED' });
  for (const registration of await liveRegistrationsOfEvent(tx, event.id)) {
    if (registration.checkedInAt !== null) continue;
    await cancelSeat(tx, cancelled, registration, { reason: 'EVENT_CANCELLED', now: request.now });
  }
  return cancelled;
}
