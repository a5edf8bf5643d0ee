import {
  benefits,
  memberStatuses as benefitMemberStatuses,
  memberTiers,
  redemptions,
  serviceOrders,
  services,
  tierBenefits,
} from '../benefits/data/tables.js';
import { chapterLeads, chapters, regions } from '../chapters/data/tables.js';
import {
  chapterLeads as eventChapterLeads,
  events,
  feeCharges,
  knownChapters,
  memberStatuses,
  memberTiers as eventMemberTiers,
  ratings,
  registrations,
} from '../events/data/tables.js';
import {
  feePlans,
  memberStandings,
  memberStatuses as loyaltyMemberStatuses,
  pointsCharges,
  pointsEntries,
  scoreFacts,
  tierChanges,
  tierReviews,
  tiers,
} from '../loyalty/data/tables.js';
import {
  cars,
  knownChapters as memberKnownChapters,
  members,
  membershipTerms,
  statusChanges,
} from '../members/data/tables.js';
import { knownEvents, offers, partners, sponsoredChapters, sponsoredEvents, sponsorships } from '../partners/data/tables.js';

/**
 * Every table the seed fills, by subgraph, parents before children. The seed
 * is the one place that writes all six schemas: it builds the world the
 * subgraphs then serve, each from its own tables.
 */
export const seededTables = {
  chapters: { regions, chapters, chapterLeads },
  members: { knownChapters: memberKnownChapters, members, cars, membershipTerms, statusChanges },
  loyalty: {
    feePlans,
    tiers,
    tierReviews,
    memberStandings,
    memberStatuses: loyaltyMemberStatuses,
    tierChanges,
    pointsEntries,
    pointsCharges,
    scoreFacts,
  },
  benefits: { benefits, tierBenefits, services, memberTiers, memberStatuses: benefitMemberStatuses, redemptions, serviceOrders },
  events: {
    knownChapters,
    events,
    registrations,
    ratings,
    feeCharges,
    memberStatuses,
    memberTiers: eventMemberTiers,
    chapterLeads: eventChapterLeads,
  },
  partners: { partners, sponsorships, sponsoredEvents, sponsoredChapters, offers, knownEvents },
} as const;
