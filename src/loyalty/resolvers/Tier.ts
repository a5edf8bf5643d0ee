import { invariant } from '../../core/invariant.js';
import type { TierResolvers } from '../generated/resolvers.js';
import { loyaltyLoaders } from '../loaders.js';

/**
 * Tier: owned by the loyalty subgraph; key `id` (a slug such as "gold").
 * Public reference data. Code, name, rank and thresholds come from the row.
 */
export const Tier: TierResolvers = {
  /** The tier of a reference; null when the id names no tier. */
  __resolveReference: (reference, context) => loyaltyLoaders(context).tier.load(reference.id),

  /** The tier's fee plan; every tier has one, enforced by a foreign key. */
  feePlan: async (tier, _args, context) => {
    const feePlan = await loyaltyLoaders(context).feePlan.load(tier.feePlanId);
    invariant(feePlan, `Tier ${tier.id} names a fee plan that does not exist.`);
    return feePlan;
  },
};
