import { recordEvent } from '../../core/bus/recordEvent.js';
import type { Database } from '../../core/database/database.js';
import { maxReasonLength } from '../arguments.js';
import { findCharge, insertCharge } from '../data/chargeQueries.js';
import { balanceOf, bookPointsEntry } from '../data/ledgerWrites.js';
import { lockStanding } from '../data/standingQueries.js';
import {
  chargeKinds,
  loyaltySource,
  type ChargeDeclineReason,
  type ChargeKind,
  type PointsChargeDeclined,
  type PointsCharged,
} from '../domainEvents.js';
import { positiveIntegerField, textField, uuidField } from '../payloadFields.js';
import { maxEntryPoints } from '../rules/points.js';

const isChargeKind = (value: string | null): value is ChargeKind => chargeKinds.includes(value as ChargeKind);

/**
 * Handles a request of another subgraph (`requestedBy`) to spend a member's
 * points, inside the handler's transaction, and answers it with
 * loyalty.PointsCharged or loyalty.PointsChargeDeclined.
 *
 * The member's standing is locked first, so that the balance is summed and
 * spent by one transaction at a time. A request for more points than one
 * entry may move (rules/points.ts) is declined as INVALID_REQUEST. A
 * reference is charged once, ever: a
 * repeated request answers PointsCharged with the first entry and books
 * nothing. A request without a reference cannot be answered and is dropped.
 */
export async function chargePoints(tx: Database, requestedBy: string, payload: Record<string, unknown>): Promise<void> {
  const reference = textField(payload, 'reference');
  if (reference === null) return;
  const memberId = uuidField(payload, 'memberId');
  const points = positiveIntegerField(payload, 'points');
  const kind = textField(payload, 'kind');
  const decline = (reason: ChargeDeclineReason, balance: number) =>
    recordDeclined(tx, {
      reference,
      requestedBy,
      memberId: memberId ?? String(payload.memberId),
      points: typeof payload.points === 'number' ? payload.points : 0,
      balance,
      reason,
    });

  // More points than one entry may move is no charge the club makes.
  if (memberId === null || points === null || points > maxEntryPoints || !isChargeKind(kind)) return decline('INVALID_REQUEST', 0);

  // The lock that serialises every balance-reading write of the member.
  const standing = await lockStanding(tx, memberId);
  if (!standing) return decline('NO_STANDING', await balanceOf(tx, memberId));

  const earlier = await findCharge(tx, { requestedBy, reference });
  if (earlier) {
    return recordCharged(tx, { reference, requestedBy, memberId: earlier.memberId, points: earlier.points, entryId: earlier.entryId });
  }

  const balance = await balanceOf(tx, memberId);
  if (balance < points) return decline('INSUFFICIENT_POINTS', balance);

  // A longer reason than a ledger line keeps is cut rather than refused.
  const reason = (textField(payload, 'reason') ?? `Charged for ${reference}`).slice(0, maxReasonLength);
  const entry = await bookPointsEntry(tx, { memberId, points: -points, kind, reason });
  await insertCharge(tx, { requestedBy, reference, memberId, points, entryId: entry.id, chargedAt: entry.occurredAt });
  await recordCharged(tx, { reference, requestedBy, memberId, points, entryId: entry.id });
}

async function recordCharged(tx: Database, payload: PointsCharged): Promise<void> {
  await recordEvent(tx, { type: 'loyalty.PointsCharged', source: loyaltySource, payload: { ...payload } });
}

async function recordDeclined(tx: Database, payload: PointsChargeDeclined): Promise<void> {
  await recordEvent(tx, { type: 'loyalty.PointsChargeDeclined', source: loyaltySource, payload: { ...payload } });
}
