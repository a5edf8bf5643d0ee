import type { Database } from '../../core/database/database.js';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import type { Viewer } from '../../core/viewer.js';
import { assertActsForMember } from '../access.js';
import { findRegistrations, seatHoldingStatuses } from '../data/registrationQueries.js';
import type { RegistrationRow } from '../data/tables.js';
import { lockExistingEvent } from './manageEvents.js';
import { cancelSeat, fillFreedSeats } from './seats.js';

/** The registration; NOT_FOUND naming `argument` when no registration has the id. */
export async function findExistingRegistration(tx: Database, id: string, argument: string): Promise<RegistrationRow> {
  const [registration] = await findRegistrations(tx, [id]);
  if (!registration) throw new NotFoundError(`No registration has id "${id}".`, { argument });
  return registration;
}

/**
 * Cancels a registration before the event starts, inside the caller's
 * transaction, and returns it. The event's lock is taken before the
 * registration is read again, so that a seat given up goes to the first
 * member on the waitlist in this same transaction and nobody else can take
 * or give up a seat meanwhile.
 */
export async function cancelRegistration(
  tx: Database,
  request: { viewer: Viewer; id: string; now: Date },
): Promise<RegistrationRow> {
  const found = await findExistingRegistration(tx, request.id, 'id');
  assertActsForMember(request.viewer, found.memberId, 'Mutation.cancelRegistration');
  const event = await lockExistingEvent(tx, found.eventId, 'id');
  const registration = await findExistingRegistration(tx, request.id, 'id');

  if (registration.status === 'CANCELLED') {
    throw new ConflictError('The registration is already CANCELLED.', { reason: 'ALREADY_CANCELLED', status: registration.status });
  }
  if (registration.checkedInAt !== null) {
    throw new ConflictError(`The member checked in at "${event.title}": the registration can no longer be cancelled.`, {
      reason: 'CHECKED_IN',
      status: registration.status,
    });
  }
  if (request.now.getTime() >= event.startsAt.getTime()) {
    throw new ConflictError(`The event "${event.title}" started at ${event.startsAt.toISOString()}: too late to cancel.`, {
      reason: 'EVENT_STARTED',
      status: event.status,
    });
  }

  const reason = request.viewer.role === 'staff' ? 'STAFF' : 'MEMBER';
  const cancelled = await cancelSeat(tx, event, registration, { reason, now: request.now });
  if (seatHoldingStatuses.includes(registration.status)) await fillFreedSeats(tx, event, request.now);
  return cancelled;
}
