import type { PartnerResolvers } from '../generated/resolvers.js';
import { benefitLoaders } from '../loaders.js';

/**
 * Partner: owned by the partners subgraph, key `id`; the benefits subgraph adds
 * what it provides.
 */
export const Partner: PartnerResolvers = {
  /**
   * Partners are the partners subgraph's rows: the reference is all this
   * subgraph needs, so no SQL.
   */
  __resolveReference: (reference) => ({ id: reference.id }),

  /** The benefits the partner provides, by name, batched across partners; empty when none. */
  providedBenefits: (partner, _args, context) => benefitLoaders(context).partnerBenefits.load(partner.id),

  /** The services the partner delivers, by name, batched across partners; empty when none. */
  providedServices: (partner, _args, context) => benefitLoaders(context).partnerServices.load(partner.id),
};
