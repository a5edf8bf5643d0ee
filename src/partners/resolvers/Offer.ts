import { invariant } from '../../core/invariant.js';
import type { OfferResolvers } from '../generated/resolvers.js';
import { partnerLoaders } from '../loaders.js';

/** Offer: owned by the partners subgraph; key `id`. Offers are public. */
export const Offer: OfferResolvers = {
  /** Loads the offer; null when no offer has the id. */
  __resolveReference: (reference, context) => partnerLoaders(context).offer.load(reference.id),

  /** The partner making the offer; never null, a foreign key guarantees it. */
  partner: async (offer, _args, context) => {
    const partner = await partnerLoaders(context).partner.load(offer.partnerId);
    invariant(partner, `Offer ${offer.id} names partner ${offer.partnerId}, which does not exist.`);
    return partner;
  },

  /** A reference the benefits subgraph resolves; null while the offer is not a benefit. */
  benefit: (offer) => (offer.benefitId === null ? null : { id: offer.benefitId }),
};
