import { invariant } from '../../core/invariant.js';
import type { TierChangeResolvers } from '../generated/resolvers.js';
import { loyaltyLoaders } from '../loaders.js';

/**
 * One change of a member's tier. It is reached only through
 * Member.tierHistory, which has already checked that the viewer may see it,
 * or as the answer of setMemberTier. Score, threshold and note come from the row.
 */
export const TierChange: TierChangeResolvers = {
  /** The tier before; null for a member's first placement. */
  from: (change, _args, context) =>
    change.fromTierId === null ? null : loyaltyLoaders(context).tier.load(change.fromTierId),

  /** The tier after; always there, enforced by a foreign key. */
  to: async (change, _args, context) => {
    const tier = await loyaltyLoaders(context).tier.load(change.toTierId);
    invariant(tier, `Tier change ${change.id} names a tier that does not exist.`);
    return tier;
  },

  /** The half year of the review that made the change; null for other changes. */
  half: (change) => change.reviewHalf,
};
