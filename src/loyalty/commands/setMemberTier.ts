import type { Database } from '../../core/database/database.js';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import { lockStanding, updateStanding } from '../data/standingQueries.js';
import type { TierChangeRow } from '../data/tables.js';
import { insertTierChanges } from '../data/tierChangeWrites.js';
import { findTiers } from '../data/tierQueries.js';
import { recordTierChanged } from './recordTierChanged.js';
import { scoreAsOf } from './scoreAsOf.js';

/**
 * Sets a member's tier outside a review, inside the caller's transaction:
 * a TierChange with reason STAFF_DECISION and staff's note, effective on
 * `effectiveOn`, the standing moved, and loyalty.TierChanged.
 */
export async function setMemberTier(
  tx: Database,
  request: { memberId: string; tierId: string; note: string; effectiveOn: string; now: Date },
): Promise<TierChangeRow> {
  const [tier] = await findTiers(tx, [request.tierId]);
  if (!tier) throw new NotFoundError(`No tier has id "${request.tierId}".`, { argument: 'tierId' });

  const standing = await lockStanding(tx, request.memberId);
  if (!standing) {
    throw new NotFoundError(`No member with a standing has id "${request.memberId}".`, { argument: 'memberId' });
  }
  if (standing.tierId === tier.id) {
    throw new ConflictError(`Member ${request.memberId} holds tier ${tier.id} already.`, { reason: 'SAME_TIER' });
  }

  const valueScore = await scoreAsOf(tx, request.memberId, request.effectiveOn);
  const [change] = await insertTierChanges(tx, [
    {
      memberId: request.memberId,
      fromTierId: standing.tierId,
      toTierId: tier.id,
      reason: 'STAFF_DECISION',
      effectiveOn: request.effectiveOn,
      recordedAt: request.now,
      reviewHalf: null,
      valueScore,
      threshold: null,
      note: request.note,
    },
  ]);
  await updateStanding(tx, request.memberId, { tierId: tier.id, valueScore, updatedAt: request.now });
  await recordTierChanged(tx, change!);
  return change!;
}
