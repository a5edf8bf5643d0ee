import { recordEvent } from '../../core/bus/recordEvent.js';
import type { Database } from '../../core/database/database.js';
import { insertFeeCharge, refundFeeCharge } from '../data/feeChargeQueries.js';
import { findMemberStandings } from '../data/memberCopyQueries.js';
import {
  countHeldSeats,
  firstWaitlisted,
  updateRegistration,
  type RegistrationInsert,
} from '../data/registrationQueries.js';
import type { EventRow, RegistrationRow } from '../data/tables.js';
import {
  eventsSource,
  registrationReference,
  type EventFeeCharged,
  type EventFeeRefunded,
  type PointsChargeRequested,
  type PointsRefundRequested,
} from '../domainEvents.js';
import { ineligibilityOf } from '../eligibility.js';

/**
 * How seats are taken and given up. Every function here runs inside a
 * transaction that holds the event's lock (lockEvent), which is what keeps
 * the seats held at or below the capacity whatever the timing.
 */

type SeatColumns = Pick<RegistrationInsert, 'status' | 'confirmedAt' | 'pointsCharged'>;

/**
 * The columns of a registration that takes a seat now: held PENDING_PAYMENT
 * at a points-priced event until loyalty answers, CONFIRMED otherwise.
 */
export function seatColumns(event: EventRow, now: Date): SeatColumns {
  if (event.pointsPrice !== null) {
    return { status: 'PENDING_PAYMENT', confirmedAt: null, pointsCharged: event.pointsPrice };
  }
  return { status: 'CONFIRMED', confirmedAt: now, pointsCharged: null };
}

/**
 * Records what taking a seat sets off: the points charge asked of loyalty
 * (PointsChargeRequested, answered by PointsCharged or PointsChargeDeclined)
 * or the fee charged as revenue of the event-fee stream (EventFeeCharged).
 */
export async function recordSeatTaken(tx: Database, event: EventRow, registration: RegistrationRow, now: Date): Promise<void> {
  if (registration.status === 'PENDING_PAYMENT' && registration.pointsCharged !== null) {
    const payload: PointsChargeRequested = {
      reference: registrationReference(registration.id),
      memberId: registration.memberId,
      points: registration.pointsCharged,
      kind: 'SPEND_EVENT',
      reason: `Seat at ${event.title}`,
      requestedAt: now.toISOString(),
    };
    await recordEvent(tx, { type: 'events.PointsChargeRequested', source: eventsSource, payload: { ...payload } });
    return;
  }

  if (registration.status === 'CONFIRMED' && event.feeMinor !== null && event.feeCurrency !== null) {
    const charged = { registrationId: registration.id, eventId: event.id, memberId: registration.memberId };
    const fee = { amountMinor: event.feeMinor, currency: event.feeCurrency };
    await insertFeeCharge(tx, { ...charged, ...fee, chargedAt: now, refundedAt: null });
    const payload: EventFeeCharged = { ...charged, ...fee, chargedAt: now.toISOString() };
    await recordEvent(tx, { type: 'events.EventFeeCharged', source: eventsSource, payload: { ...payload } });
  }
}

/**
 * Gives free seats to the waitlist, first registered first, until the seats
 * held reach the capacity or nobody waits; returns the registrations
 * promoted, in order. A member who may no longer hold a seat (no longer
 * ACTIVE, or below the event's minimum tier, by the copies of today) is
 * passed over: their registration is cancelled with that reason, and the
 * next one waiting is asked.
 */
export async function fillFreedSeats(tx: Database, event: EventRow, now: Date): Promise<RegistrationRow[]> {
  let free = event.capacity - (await countHeldSeats(tx, event.id));
  if (free <= 0 || event.status !== 'PUBLISHED') return [];

  const promoted: RegistrationRow[] = [];
  // Each round settles every registration it reads, promoted or passed
  // over, so the next round reads the ones behind them.
  while (free > 0) {
    const waiting = await firstWaitlisted(tx, event.id, free);
    if (waiting.length === 0) break;
    const standings = await findMemberStandings(tx, waiting.map((registration) => registration.memberId));
    for (const registration of waiting) {
      const ineligibility = ineligibilityOf(event, standings.get(registration.memberId)!);
      if (ineligibility !== null) {
        await cancelSeat(tx, event, registration, { reason: ineligibility, now });
        continue;
      }
      const seated = await updateRegistration(tx, registration.id, seatColumns(event, now));
      await recordSeatTaken(tx, event, seated, now);
      promoted.push(seated);
      free--;
    }
  }
  return promoted;
}

/**
 * Cancels a registration and undoes what its seat set off: the charged points
 * of a confirmed seat are asked back (PointsRefundRequested) and a fee is
 * marked refunded (EventFeeRefunded). The points of a seat still pending are
 * asked back when loyalty's charge arrives (see handlers/onPointsCharged.ts).
 * The seat itself is not given on here: callers call fillFreedSeats when
 * they mean the waitlist to move up.
 */
export async function cancelSeat(
  tx: Database,
  event: EventRow,
  registration: RegistrationRow,
  cancellation: { reason: NonNullable<RegistrationRow['cancellationReason']>; now: Date },
): Promise<RegistrationRow> {
  const { now } = cancellation;
  const refundPoints = registration.status === 'CONFIRMED' && registration.pointsCharged !== null && registration.pointsRefundRequestedAt === null;
  const cancelled = await updateRegistration(tx, registration.id, {
    status: 'CANCELLED',
    cancelledAt: now,
    cancellationReason: cancellation.reason,
    ...(refundPoints ? { pointsRefundRequestedAt: now } : {}),
  });

  if (refundPoints) await requestPointsRefund(tx, event, cancelled);

  const fee = await refundFeeCharge(tx, registration.id, now);
  if (fee) {
    const payload: EventFeeRefunded = {
      registrationId: fee.registrationId,
      eventId: fee.eventId,
      memberId: fee.memberId,
      amountMinor: fee.amountMinor,
      currency: fee.currency,
      refundedAt: now.toISOString(),
    };
    await recordEvent(tx, { type: 'events.EventFeeRefunded', source: eventsSource, payload: { ...payload } });
  }
  return cancelled;
}

/** Asks loyalty to give back the points charged for a registration's seat. */
export async function requestPointsRefund(tx: Database, event: EventRow, registration: RegistrationRow): Promise<void> {
  const payload: PointsRefundRequested = {
    reference: registrationReference(registration.id),
    memberId: registration.memberId,
    points: registration.pointsCharged ?? 0,
    reason: `Refund: ${event.title} registration cancelled`,
  };
  await recordEvent(tx, { type: 'events.PointsRefundRequested', source: eventsSource, payload: { ...payload } });
}
