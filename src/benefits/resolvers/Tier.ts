import type { TierResolvers } from '../generated/resolvers.js';
import { benefitLoaders } from '../loaders.js';

/** Tier: owned by the loyalty subgraph, key `id`; the benefits subgraph adds `benefits`. */
export const Tier: TierResolvers = {
  /** Tiers are loyalty's rows: the reference is all this subgraph needs, so no SQL. */
  __resolveReference: (reference) => ({ id: reference.id }),

  /**
   * The tier's matrix rows by the benefit's layer then name, batched across
   * tiers; empty for an unknown tier.
   */
  benefits: (tier, _args, context) => benefitLoaders(context).tierAllowances.load(tier.id),
};
