import { toSlug } from '../../core/ids.js';
import { listFeePlans, listTiers } from '../data/tierQueries.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { loyaltyLoaders } from '../loaders.js';

/**
 * The loyalty subgraph's root fields. Tiers and fee plans are public reference
 * data: every viewer, anonymous included, may read them.
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
};
