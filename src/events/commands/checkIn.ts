import { recordEvent } from '../../core/bus/recordEvent.js';
import type { Database } from '../../core/database/database.js';
import { ConflictError } from '../../core/errors.js';
import type { Viewer } from '../../core/viewer.js';
import { assertManagesEvents } from '../access.js';
import { updateRegistration } from '../data/registrationQueries.js';
import type { RegistrationRow } from '../data/tables.js';
import { eventsSource, type MemberCheckedIn } from '../domainEvents.js';
import { findExistingRegistration } from './cancelRegistration.js';
import { lockExistingEvent } from './manageEvents.js';

/** Check-in opens this long before an event starts, for members who arrive early. */
export const checkInOpensBeforeMs = 2 * 60 * 60 * 1000;

/**
 * Marks a confirmed member present, once, from two hours before the start
 * until the end, and records MemberCheckedIn in the same transaction for the
 * members and loyalty subgraphs (lifecycle stage, attendance points, value
 * score). The event's lock orders it with cancellations of the same seat.
 */
export async function checkIn(
  tx: Database,
  request: { viewer: Viewer; registrationId: string; now: Date },
): Promise<RegistrationRow> {
  const found = await findExistingRegistration(tx, request.registrationId, 'registrationId');
  const event = await lockExistingEvent(tx, found.eventId, 'registrationId');
  await assertManagesEvents(tx, request.viewer, event.chapterId, 'Mutation.checkIn');
  const registration = await findExistingRegistration(tx, request.registrationId, 'registrationId');

  if (registration.checkedInAt !== null) {
    throw new ConflictError(`The member already checked in at ${registration.checkedInAt.toISOString()}.`, {
      reason: 'ALREADY_CHECKED_IN',
      status: registration.status,
    });
  }
  if (registration.status !== 'CONFIRMED') {
    throw new ConflictError(`The registration is ${registration.status}: only confirmed members check in.`, {
      reason: 'NOT_CONFIRMED',
      status: registration.status,
    });
  }
  if (request.now.getTime() < event.startsAt.getTime() - checkInOpensBeforeMs) {
    throw new ConflictError(`Check-in for "${event.title}" opens two hours before its start at ${event.startsAt.toISOString()}.`, {
      reason: 'CHECK_IN_NOT_OPEN',
      status: event.status,
    });
  }
  if (request.now.getTime() > event.endsAt.getTime()) {
    throw new ConflictError(`The event "${event.title}" ended at ${event.endsAt.toISOString()}: check-in is closed.`, {
      reason: 'EVENT_ENDED',
      status: event.status,
    });
  }

  const checkedIn = await updateRegistration(tx, registration.id, { checkedInAt: request.now });
  const payload: MemberCheckedIn = {
    registrationId: checkedIn.id,
    eventId: event.id,
    memberId: checkedIn.memberId,
    checkedInAt: request.now.toISOString(),
  };
  await recordEvent(tx, { type: 'events.MemberCheckedIn', source: eventsSource, payload: { ...payload } });
  return checkedIn;
}
