import { invariant } from '../../core/invariant.js';
import type { TierBenefitResolvers } from '../generated/resolvers.js';
import { benefitLoaders } from '../loaders.js';

/** One cell of the benefit matrix; `allowance` and `period` are the row's own columns. */
export const TierBenefit: TierBenefitResolvers = {
  /** A reference the loyalty subgraph resolves. */
  tier: (row) => ({ id: row.tierId }),

  /** The benefit; never null, a foreign key guarantees it. */
  benefit: async (row, _args, context) => {
    const benefit = await benefitLoaders(context).benefit.load(row.benefitId);
    invariant(benefit, `A tier benefit of tier ${row.tierId} names benefit ${row.benefitId}, which does not exist.`);
    return benefit;
  },
};
