import type { ServiceResolvers } from '../generated/resolvers.js';
import { benefitLoaders } from '../loaders.js';

/** Service: owned by the benefits subgraph; key `id`. Public catalogue data. */
export const Service: ServiceResolvers = {
  /** Loads the service; null when no service has the id. */
  __resolveReference: (reference, context) => benefitLoaders(context).service.load(reference.id),

  /** The list price; never null. */
  price: (service) => ({ amountMinor: service.priceMinor, currency: service.currency }),

  /** A reference the partners subgraph resolves; null when the club delivers the service itself. */
  provider: (service) => (service.providerPartnerId === null ? null : { id: service.providerPartnerId }),
};
