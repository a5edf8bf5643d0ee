import { invariant } from '../../core/invariant.js';
import type { RedemptionResolvers } from '../generated/resolvers.js';
import { benefitLoaders } from '../loaders.js';

/**
 * Redemption: owned by the benefits subgraph; key `id`. A member's private
 * record: it is reached through `Member.redemptions`, which checks access, or
 * returned by `Mutation.redeemBenefit` to whoever may redeem for the member.
 * `status` and `pointsCost` are the row's own columns.
 */
export const Redemption: RedemptionResolvers = {
  /** Loads the redemption; null when no redemption has the id. */
  __resolveReference: (reference, context) => benefitLoaders(context).redemption.load(reference.id),

  /** A reference the members subgraph resolves. */
  member: (redemption) => ({ id: redemption.memberId }),

  /** A reference the loyalty subgraph resolves: the tier held when redeeming. */
  tier: (redemption) => ({ id: redemption.tierId }),

  /** The benefit redeemed; never null, a foreign key guarantees it. */
  benefit: async (redemption, _args, context) => {
    const benefit = await benefitLoaders(context).benefit.load(redemption.benefitId);
    invariant(benefit, `Redemption ${redemption.id} names benefit ${redemption.benefitId}, which does not exist.`);
    return benefit;
  },
};
