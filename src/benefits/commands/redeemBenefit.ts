import { randomUUID } from 'node:crypto';
import { recordEvent } from '../../core/bus/recordEvent.js';
import type { Database } from '../../core/database/database.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../core/errors.js';
import { assertMemberActive } from '../assertMemberActive.js';
import { allowancePeriodKey } from '../data/allowancePeriod.js';
import { findBenefits, findTierBenefit } from '../data/benefitQueries.js';
import { lockMemberTier } from '../data/memberTierQueries.js';
import { countRedemptionsInPeriod, insertRedemption } from '../data/redemptionQueries.js';
import type { RedemptionRow } from '../data/tables.js';
import {
  benefitsSource,
  redemptionReference,
  type BenefitRedeemed,
  type PointsChargeRequested,
} from '../domainEvents.js';

const periodWords = { MONTH: 'a month', YEAR: 'a year' } as const;

/**
 * Redeems one allowance of a benefit inside the caller's transaction and
 * returns the redemption. The member's tier copy is locked first: it guards
 * the allowance, so concurrent redemptions of one member are counted one
 * after the other. A benefit without a points cost is confirmed at once and
 * recorded as BenefitRedeemed; one with a cost stays pending and asks loyalty
 * for the points (PointsChargeRequested), whose answer settles it.
 */
export async function redeemBenefit(
  tx: Database,
  request: { memberId: string; benefitId: string; now: Date },
): Promise<RedemptionRow> {
  const [benefit] = await findBenefits(tx, [request.benefitId]);
  if (!benefit) {
    throw new NotFoundError(`No benefit has id "${request.benefitId}".`, { argument: 'benefitId' });
  }

  // The lock that serialises a member's redemptions.
  const standing = await lockMemberTier(tx, request.memberId);
  if (!standing) {
    throw new NotFoundError(`No member with a tier has id "${request.memberId}".`, { argument: 'memberId' });
  }
  await assertMemberActive(tx, request.memberId, 'redeem benefits');

  // The benefit matrix decides, for the tier held now.
  const cell = await findTierBenefit(tx, standing.tierId, benefit.id);
  if (!cell) {
    throw new ForbiddenError(`Tier ${standing.tierId} does not include the benefit "${benefit.name}".`, {
      field: 'Mutation.redeemBenefit',
      reason: 'NOT_IN_TIER',
    });
  }

  // A limited allowance is counted over the period the redemption falls in,
  // whatever tier the earlier redemptions of the period were made in.
  const periodKey = cell.allowance === null || cell.period === 'UNLIMITED' ? null : allowancePeriodKey(cell.period, request.now);
  if (cell.allowance !== null && cell.period !== 'UNLIMITED' && periodKey !== null) {
    const used = await countRedemptionsInPeriod(tx, { memberId: request.memberId, benefitId: benefit.id, periodKey });
    if (used >= cell.allowance) {
      throw new ConflictError(
        `The allowance of "${benefit.name}" for ${periodKey} (China time) is used: tier ${standing.tierId} allows ${cell.allowance} ${periodWords[cell.period]}.`,
        { reason: 'ALLOWANCE_USED' },
      );
    }
  }

  const redemption: RedemptionRow = {
    id: randomUUID(),
    memberId: request.memberId,
    benefitId: benefit.id,
    redeemedAt: request.now,
    status: benefit.pointsCost > 0 ? 'PENDING' : 'CONFIRMED',
    tierId: standing.tierId,
    pointsCost: benefit.pointsCost,
    periodKey,
  };
  await insertRedemption(tx, redemption);

  if (redemption.status === 'PENDING') {
    const payload: PointsChargeRequested = {
      reference: redemptionReference(redemption.id),
      memberId: redemption.memberId,
      points: redemption.pointsCost,
      kind: 'SPEND_BENEFIT',
      reason: `Redeemed ${benefit.name}`,
      requestedAt: request.now.toISOString(),
    };
    await recordEvent(tx, { type: 'benefits.PointsChargeRequested', source: benefitsSource, payload: { ...payload } });
  } else {
    await recordBenefitRedeemed(tx, redemption);
  }
  return redemption;
}

/** Records that a redemption stands, for the members subgraph's lifecycle. */
export async function recordBenefitRedeemed(tx: Database, redemption: RedemptionRow): Promise<void> {
  const payload: BenefitRedeemed = {
    memberId: redemption.memberId,
    benefitId: redemption.benefitId,
    redemptionId: redemption.id,
    redeemedAt: redemption.redeemedAt.toISOString(),
    pointsCost: redemption.pointsCost,
  };
  await recordEvent(tx, { type: 'benefits.BenefitRedeemed', source: benefitsSource, payload: { ...payload } });
}
