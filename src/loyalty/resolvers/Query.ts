import { assertStaff } from '../../core/access.js';
import { toSlug } from '../../core/ids.js';
import { toHalfYearArgument, toReviewAsOf } from '../arguments.js';
import { assertReviewInOrder, planTierReview } from '../commands/tierReview.js';
import { findTierReviews, listTierReviews } from '../data/reviewQueries.js';
import { listFeePlans, listTiers } from '../data/tierQueries.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { loyaltyLoaders } from '../loaders.js';
import { appliedReviewOf } from '../tierReviewModel.js';

/**
 * The loyalty subgraph's root fields. Tiers and fee plans are public reference
 * data: every viewer, anonymous included, may read them. Tier reviews are
 * staff's.
 */
export const Query: QueryResolvers = {
  /** The five tiers, Bronze first (by rank); never null. */
  tiers: (_parent, _args, { db }) => listTiers(db),

  /** A tier by slug id; null when unknown, BAD_USER_INPUT when malformed. */
  tier: (_parent, { id }, context) => loyaltyLoaders(context).tier.load(toSlug(id, 'id')),

  /** The fee plans, cheapest first, then by id; never null. */
  feePlans: (_parent, _args, { db }) => listFeePlans(db),

  /** A fee plan by slug id; null when unknown, BAD_USER_INPUT when malformed. */
  feePlan: (_parent, { id }, context) => loyaltyLoaders(context).feePlan.load(toSlug(id, 'id')),

  /**
   * What a review would do, computed afresh without locking; the applied
   * review once its half year is applied. Never null. Staff only; errors
   * BAD_USER_INPUT (`half`, `asOf`) and CONFLICT LATER_REVIEW_APPLIED.
   */
  tierReviewPreview: async (_parent, args, { db, viewer }) => {
    assertStaff(viewer, 'Query.tierReviewPreview');
    const half = toHalfYearArgument(args.half);
    const asOf = toReviewAsOf(half, args.asOf);
    const [applied] = await findTierReviews(db, [half.half]);
    if (applied) return appliedReviewOf(applied);

    await assertReviewInOrder(db, half);
    const plan = await planTierReview(db, { half, asOf, lock: false });
    return { half: half.half, asOf, applied: false, appliedAt: null, plannedMoves: plan.moves };
  },

  /** The applied review of a half year; null when not applied. Staff only. */
  tierReview: async (_parent, args, { db, viewer }) => {
    assertStaff(viewer, 'Query.tierReview');
    const half = toHalfYearArgument(args.half);
    const [applied] = await findTierReviews(db, [half.half]);
    return applied ? appliedReviewOf(applied) : null;
  },

  /** The applied reviews, the latest half year first; never null. Staff only. */
  tierReviews: async (_parent, _args, { db, viewer }) => {
    assertStaff(viewer, 'Query.tierReviews');
    return (await listTierReviews(db)).map(appliedReviewOf);
  },
};
