import { assertStaffOrPartner } from '../../core/access.js';
import { invariant } from '../../core/invariant.js';
import type { SponsorshipResolvers } from '../generated/resolvers.js';
import { partnerLoaders } from '../loaders.js';

/**
 * Sponsorship: owned by the partners subgraph; key `id`. Who sponsors what,
 * at which level and for how long is public; what the deal is worth
 * (`value`, `revenueSharePercent`) is commercial data that only staff and the
 * sponsoring partner may read: anyone else gets null with FORBIDDEN on that
 * field (both are nullable for that).
 */
export const Sponsorship: SponsorshipResolvers = {
  /** Loads the sponsorship; null when no sponsorship has the id. */
  __resolveReference: (reference, context) => partnerLoaders(context).sponsorship.load(reference.id),

  /** The sponsoring partner; never null, a foreign key guarantees it. */
  partner: async (sponsorship, _args, context) => {
    const partner = await partnerLoaders(context).partner.load(sponsorship.partnerId);
    invariant(partner, `Sponsorship ${sponsorship.id} names partner ${sponsorship.partnerId}, which does not exist.`);
    return partner;
  },

  /** What the partner pays; staff and the sponsoring partner only. */
  value: (sponsorship, _args, context) => {
    assertStaffOrPartner(context.viewer, sponsorship.partnerId, 'Sponsorship.value');
    return { amountMinor: sponsorship.valueMinor, currency: sponsorship.currency };
  },

  /**
   * The partner's revenue share in percent, null when the deal has none; staff
   * and the sponsoring partner only.
   */
  revenueSharePercent: (sponsorship, _args, context) => {
    assertStaffOrPartner(context.viewer, sponsorship.partnerId, 'Sponsorship.revenueSharePercent');
    return sponsorship.revenueSharePercent;
  },

  /** References the events subgraph resolves, in order of event id, batched across sponsorships. */
  events: (sponsorship, _args, context) => partnerLoaders(context).sponsorshipEvents.load(sponsorship.id),

  /**
   * References the chapters subgraph resolves, in order of chapter id, batched
   * across sponsorships.
   */
  chapters: (sponsorship, _args, context) => partnerLoaders(context).sponsorshipChapters.load(sponsorship.id),
};
