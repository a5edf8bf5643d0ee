import type { EventHandler } from '../../core/bus/domainEvent.js';
import { recordBenefitRedeemed } from '../commands/redeemBenefit.js';
import { transitionRedemption } from '../data/redemptionQueries.js';
import { processedEvents } from '../data/tables.js';
import { benefitsSource, type PointsChargeDeclined, type PointsCharged } from '../domainEvents.js';

/** The redemption id of a charge reference, or null when the reference is not a redemption's. */
function redemptionIdOf(reference: string): string | null {
  const match = /^redemption:([0-9a-f-]{36})$/.exec(reference);
  return match ? match[1]! : null;
}

/**
 * loyalty.PointsCharged: a pending redemption whose points are charged now
 * stands (CONFIRMED, BenefitRedeemed recorded). Charges asked for by another
 * subgraph, and redemptions no longer pending, are left alone.
 */
export const onPointsCharged: EventHandler<PointsCharged> = {
  consumer: benefitsSource,
  type: 'loyalty.PointsCharged',
  inbox: processedEvents,
  async handle(tx, event) {
    if (event.payload.requestedBy !== benefitsSource) return;
    const redemptionId = redemptionIdOf(event.payload.reference);
    if (redemptionId) {
      const redemption = await transitionRedemption(tx, redemptionId, 'PENDING', 'CONFIRMED');
      if (redemption) await recordBenefitRedeemed(tx, redemption);
    }
  },
};

/**
 * loyalty.PointsChargeDeclined: a pending redemption whose points could not
 * be charged is DECLINED, which frees its allowance again.
 */
export const onPointsChargeDeclined: EventHandler<PointsChargeDeclined> = {
  consumer: benefitsSource,
  type: 'loyalty.PointsChargeDeclined',
  inbox: processedEvents,
  async handle(tx, event) {
    if (event.payload.requestedBy !== benefitsSource) return;
    const redemptionId = redemptionIdOf(event.payload.reference);
    if (redemptionId) await transitionRedemption(tx, redemptionId, 'PENDING', 'DECLINED');
  },
};
