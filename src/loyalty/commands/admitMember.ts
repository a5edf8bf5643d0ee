import type { Database } from '../../core/database/database.js';
import { insertStanding } from '../data/standingQueries.js';
import { insertTierChanges } from '../data/tierChangeWrites.js';
import { listTiers } from '../data/tierQueries.js';
import { referralPoints } from '../rules/points.js';
import { admissionTier } from '../rules/tierReview.js';
import { earnForFact } from './earnForFact.js';
import { recordTierChanged } from './recordTierChanged.js';
import { scoreAsOf } from './scoreAsOf.js';

/**
 * Places a member admitted for the first time, inside the handler's
 * transaction: a standing in the lowest tier their fee plan serves, a
 * TierChange with reason ADMISSION effective on the admission day, and
 * loyalty.TierChanged. A member who already holds a standing keeps it. When
 * a referrer is named, they earn the referral points and the referral counts
 * in their value score, once per referred member; a referrer loyalty holds
 * no standing for earns nothing.
 */
export async function admitMember(
  tx: Database,
  admission: { memberId: string; feePlanId: string; admittedOn: string; referrerId: string | null; at: Date },
): Promise<void> {
  const tier = admissionTier(await listTiers(tx), admission.feePlanId);
  const valueScore = await scoreAsOf(tx, admission.memberId, admission.admittedOn);
  const placed = await insertStanding(tx, { memberId: admission.memberId, tierId: tier.id, valueScore, updatedAt: admission.at });
  if (placed) {
    const [change] = await insertTierChanges(tx, [
      {
        memberId: admission.memberId,
        fromTierId: null,
        toTierId: tier.id,
        reason: 'ADMISSION',
        effectiveOn: admission.admittedOn,
        recordedAt: admission.at,
        reviewHalf: null,
        valueScore,
        threshold: null,
        note: null,
      },
    ]);
    await recordTierChanged(tx, change!);
  }

  if (admission.referrerId !== null && admission.referrerId !== admission.memberId) {
    await earnForFact(tx, {
      fact: { kind: 'REFERRAL', source: `member:${admission.memberId}`, memberId: admission.referrerId, amount: 1, occurredAt: admission.at },
      points: referralPoints,
      kind: 'EARN_REFERRAL',
      reason: 'Referral bonus: a member you referred was admitted',
    });
  }
}
