import type { FeePlanResolvers } from '../generated/resolvers.js';
import { loyaltyLoaders } from '../loaders.js';

/**
 * FeePlan: owned by the loyalty subgraph; key `id` (a slug such as
 * "premium"). Public reference data.
 */
export const FeePlan: FeePlanResolvers = {
  /** The fee plan of a reference; null when the id names no plan. */
  __resolveReference: (reference, context) => loyaltyLoaders(context).feePlan.load(reference.id),

  /** The dues for a year's term, in minor units; never null. */
  annualDues: (plan) => ({ amountMinor: plan.annualDuesMinor, currency: plan.currency }),

  /** The plan's tiers, lowest rank first, batched across plans; empty when none. */
  tiers: (plan, _args, context) => loyaltyLoaders(context).feePlanTiers.load(plan.id),
};
