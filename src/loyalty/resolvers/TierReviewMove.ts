import { invariant } from '../../core/invariant.js';
import type { TierReviewMoveResolvers } from '../generated/resolvers.js';
import { loyaltyLoaders } from '../loaders.js';

/** One member a review moves; reached through TierReview.moves (staff only). */
export const TierReviewMove: TierReviewMoveResolvers = {
  /** The member, as a reference the members subgraph resolves; never null. */
  member: (move) => ({ id: move.memberId }),

  /** The tier before the review; never null, enforced by a foreign key. */
  from: async (move, _args, context) => {
    const tier = await loyaltyLoaders(context).tier.load(move.fromTierId);
    invariant(tier, `A review move of member ${move.memberId} names a tier that does not exist.`);
    return tier;
  },

  /** The tier after the review; never null. */
  to: async (move, _args, context) => {
    const tier = await loyaltyLoaders(context).tier.load(move.toTierId);
    invariant(tier, `A review move of member ${move.memberId} names a tier that does not exist.`);
    return tier;
  },
};
