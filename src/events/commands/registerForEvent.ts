import { randomUUID } from 'node:crypto';
import type { Database } from '../../core/database/database.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../core/errors.js';
import { findMemberStanding } from '../data/memberCopyQueries.js';
import { countHeldSeats, findLiveRegistration, insertRegistration } from '../data/registrationQueries.js';
import type { EventRow, RegistrationRow } from '../data/tables.js';
import { ineligibilityOf } from '../eligibility.js';
import { assertNotCancelled, lockExistingEvent } from './manageEvents.js';
import { recordSeatTaken, seatColumns } from './seats.js';

/** CONFLICT naming the event's status unless it is published and has not started. */
function assertOpen(event: EventRow, now: Date): void {
  if (event.status === 'DRAFT') {
    throw new ConflictError(`The event "${event.title}" is a DRAFT: registration opens when it is published.`, {
      reason: 'EVENT_NOT_PUBLISHED',
      status: event.status,
    });
  }
  assertNotCancelled(event);
  if (now.getTime() >= event.startsAt.getTime()) {
    throw new ConflictError(`The event "${event.title}" started at ${event.startsAt.toISOString()}: registration is closed.`, {
      reason: 'EVENT_STARTED',
      status: event.status,
    });
  }
}

/**
 * Registers a member for an event inside the caller's transaction and returns
 * the registration. The event's lock is taken first: it serialises the
 * event's registrations and cancellations, so the seats counted cannot change
 * before this one is written, and no more seats are ever held than the
 * capacity. With a seat free the registration takes it (see seats.ts); with
 * none it joins the waitlist, whose order is the order of registration.
 */
export async function registerForEvent(
  tx: Database,
  request: { eventId: string; memberId: string; now: Date },
): Promise<RegistrationRow> {
  const event = await lockExistingEvent(tx, request.eventId, 'eventId');
  assertOpen(event, request.now);

  // The member's status and tier are the copies kept from the members and
  // loyalty subgraphs' facts.
  const standing = await findMemberStanding(tx, request.memberId);
  if (standing.status === null) {
    throw new NotFoundError(`No member has id "${request.memberId}".`, { argument: 'memberId' });
  }
  const ineligibility = ineligibilityOf(event, standing);
  if (ineligibility === 'MEMBER_NOT_ACTIVE') {
    throw new ConflictError(`The member is ${standing.status}: only ACTIVE members register for events.`, {
      reason: 'MEMBER_NOT_ACTIVE',
      status: standing.status,
    });
  }
  if (ineligibility === 'BELOW_MINIMUM_TIER') {
    const held = standing.tierId === null ? 'no tier' : `tier ${standing.tierId}`;
    throw new ForbiddenError(`The event "${event.title}" admits tier ${event.minimumTierId} and above; the member holds ${held}.`, {
      field: 'Mutation.registerForEvent',
      reason: 'BELOW_MINIMUM_TIER',
    });
  }

  const existing = await findLiveRegistration(tx, event.id, request.memberId);
  if (existing) {
    throw new ConflictError(`The member is already registered for "${event.title}" (${existing.status}).`, {
      reason: 'ALREADY_REGISTERED',
      status: existing.status,
    });
  }

  const seatFree = (await countHeldSeats(tx, event.id)) < event.capacity;
  const registration = await insertRegistration(tx, {
    id: randomUUID(),
    eventId: event.id,
    memberId: request.memberId,
    registeredAt: request.now,
    ...(seatFree ? seatColumns(event, request.now) : { status: 'WAITLISTED' as const }),
  });
  if (seatFree) await recordSeatTaken(tx, event, registration, request.now);
  return registration;
}
