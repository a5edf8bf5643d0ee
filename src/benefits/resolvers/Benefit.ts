import type { BenefitResolvers } from '../generated/resolvers.js';
import { benefitLoaders } from '../loaders.js';

/** Benefit: owned by the benefits subgraph; key `id`. Public catalogue data. */
export const Benefit: BenefitResolvers = {
  /** Loads the benefit; null when no benefit has the id. */
  __resolveReference: (reference, context) => benefitLoaders(context).benefit.load(reference.id),

  /** A reference the partners subgraph resolves; null when the club provides the benefit itself. */
  provider: (benefit) => (benefit.providerPartnerId === null ? null : { id: benefit.providerPartnerId }),

  /** The benefit's matrix rows, lowest tier first, batched across benefits. */
  allowances: (benefit, _args, context) => benefitLoaders(context).benefitAllowances.load(benefit.id),
};
