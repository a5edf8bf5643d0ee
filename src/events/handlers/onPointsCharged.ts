import type { EventHandler } from '../../core/bus/domainEvent.js';
import type { Database } from '../../core/database/database.js';
import { cancelSeat, fillFreedSeats, requestPointsRefund } from '../commands/seats.js';
import { lockEvent } from '../data/eventQueries.js';
import { findRegistrations, updateRegistration } from '../data/registrationQueries.js';
import { processedEvents, type EventRow, type RegistrationRow } from '../data/tables.js';
import {
  eventsSource,
  registrationIdOf,
  type PointsChargeDeclined,
  type PointsCharged,
} from '../domainEvents.js';

/**
 * The registration a charge answer is about, read after its event's lock is
 * taken (the order every seat write follows); null when the answer is not
 * the events subgraph's or names no registration.
 */
async function lockedRegistrationOf(
  tx: Database,
  answer: { requestedBy: string; reference: string },
): Promise<{ event: EventRow; registration: RegistrationRow } | null> {
  if (answer.requestedBy !== eventsSource) return null;
  const registrationId = registrationIdOf(answer.reference);
  if (!registrationId) return null;
  const [found] = await findRegistrations(tx, [registrationId]);
  if (!found) return null;
  const event = await lockEvent(tx, found.eventId);
  const [registration] = await findRegistrations(tx, [registrationId]);
  return event && registration ? { event, registration } : null;
}

/**
 * loyalty.PointsCharged: a seat held PENDING_PAYMENT is CONFIRMED. When the
 * registration was cancelled while the charge was on its way (by the member,
 * or with its event), the points are asked back at once, exactly once.
 * An answer for a registration already confirmed changes nothing.
 */
export const onPointsCharged: EventHandler<PointsCharged> = {
  consumer: eventsSource,
  type: 'loyalty.PointsCharged',
  inbox: processedEvents,
  async handle(tx, domainEvent) {
    const found = await lockedRegistrationOf(tx, domainEvent.payload);
    if (!found) return;
    const { event, registration } = found;
    const now = new Date();

    if (registration.status === 'PENDING_PAYMENT') {
      await updateRegistration(tx, registration.id, {
        status: 'CONFIRMED',
        confirmedAt: now,
        pointsEntryId: domainEvent.payload.entryId,
      });
      return;
    }
    if (registration.status === 'CANCELLED' && registration.pointsCharged !== null && registration.pointsRefundRequestedAt === null) {
      const refunded = await updateRegistration(tx, registration.id, {
        pointsEntryId: domainEvent.payload.entryId,
        pointsRefundRequestedAt: now,
      });
      await requestPointsRefund(tx, event, refunded);
    }
  },
};

/**
 * loyalty.PointsChargeDeclined: a seat held PENDING_PAYMENT is released
 * (CANCELLED with the reason POINTS_DECLINED) and goes to the first member on
 * the waitlist, in this same transaction. Anything else is left alone.
 */
export const onPointsChargeDeclined: EventHandler<PointsChargeDeclined> = {
  consumer: eventsSource,
  type: 'loyalty.PointsChargeDeclined',
  inbox: processedEvents,
  async handle(tx, domainEvent) {
    const found = await lockedRegistrationOf(tx, domainEvent.payload);
    if (!found || found.registration.status !== 'PENDING_PAYMENT') return;
    const now = new Date();
    await cancelSeat(tx, found.event, found.registration, { reason: 'POINTS_DECLINED', now });
    await fillFreedSeats(tx, found.event, now);
  },
};
