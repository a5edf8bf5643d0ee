import { recordEvent } from '../../core/bus/recordEvent.js';
import type { Database } from '../../core/database/database.js';
import { maxReasonLength } from '../arguments.js';
import { findCharge, markChargeRefunded } from '../data/chargeQueries.js';
import { bookPointsEntry } from '../data/ledgerWrites.js';
import { lockStanding } from '../data/standingQueries.js';
import { loyaltySource, type PointsRefunded } from '../domainEvents.js';
import { positiveIntegerField, textField } from '../payloadFields.js';

/**
 * Handles a request of another subgraph (`requestedBy`) to give back points
 * it had charged, inside the handler's transaction. Only a reference that
 * was charged is refunded, once, and never by more than was charged; the
 * answer is loyalty.PointsRefunded. A repeated request answers again with
 * the first refund and books nothing. A request for a reference never
 * charged, or without a positive whole number of points, books nothing and
 * is not answered: there is nothing of the requester's to give back.
 */
export async function refundPoints(tx: Database, requestedBy: string, payload: Record<string, unknown>): Promise<void> {
  const reference = textField(payload, 'reference');
  const asked = positiveIntegerField(payload, 'points');
  if (reference === null || asked === null) return;
  const key = { requestedBy, reference };

  // The charge names the member; their lock serialises two refunds of one
  // reference, so the second reads the first one's mark.
  const unlocked = await findCharge(tx, key);
  if (!unlocked) return;
  await lockStanding(tx, unlocked.memberId);
  const charge = (await findCharge(tx, key))!;

  if (charge.refundEntryId !== null && charge.refundedPoints !== null) {
    return recordRefunded(tx, { reference, requestedBy, memberId: charge.memberId, points: charge.refundedPoints, entryId: charge.refundEntryId });
  }

  const points = Math.min(asked, charge.points);
  const reason = (textField(payload, 'reason') ?? `Refund of ${reference}`).slice(0, maxReasonLength);
  const entry = await bookPointsEntry(tx, { memberId: charge.memberId, points, kind: 'REFUND', reason });
  await markChargeRefunded(tx, key, { entryId: entry.id, points });
  await recordRefunded(tx, { reference, requestedBy, memberId: charge.memberId, points, entryId: entry.id });
}

async function recordRefunded(tx: Database, payload: PointsRefunded): Promise<void> {
  await recordEvent(tx, { type: 'loyalty.PointsRefunded', source: loyaltySource, payload: { ...payload } });
}
