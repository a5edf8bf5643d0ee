import type { PartnerResolvers } from '../generated/resolvers.js';
import { partnerLoaders } from '../loaders.js';

/**
 * Partner: owned by the partners subgraph (the benefits subgraph adds what it
 * provides); key `id`. A partner's profile is public.
 */
export const Partner: PartnerResolvers = {
  /** Loads the partner; null when no partner has the id. */
  __resolveReference: (reference, context) => partnerLoaders(context).partner.load(reference.id),

  /**
   * The website; null when none is stored, and also when the stored text is
   * not an absolute URL, which the URL scalar could not serialise: one bad
   * row should not fail a whole list of partners.
   */
  website: (partner, _args, context) => {
    if (partner.website === null) return null;
    if (URL.canParse(partner.website)) return partner.website;
    context.logger.warn({ partnerId: partner.id }, 'partner website is not an absolute URL');
    return null;
  },

  /** A reference the chapters subgraph resolves; null for a national partner. */
  chapter: (partner) => (partner.chapterId === null ? null : { id: partner.chapterId }),

  /** The partner's sponsorships, newest first, batched across partners. */
  sponsorships: (partner, _args, context) => partnerLoaders(context).partnerSponsorships.load(partner.id),

  /**
   * The events the partner's sponsorships cover, as references the events
   * subgraph resolves, in order of id; batched across partners. Public, as
   * sponsorships and their events are: the events' counts name nobody, and
   * their registrations are guarded by the events subgraph.
   */
  sponsoredEvents: (partner, _args, context) => partnerLoaders(context).partnerSponsoredEvents.load(partner.id),

  /** The partner's offers, newest valid-from day first, batched across partners. */
  offers: (partner, _args, context) => partnerLoaders(context).partnerOffers.load(partner.id),
};
