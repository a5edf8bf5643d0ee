import type { feePlans, tiers } from '../loyalty/data/tables.js';
import { feePlanCatalogue, tierCatalogue } from './catalogue/tiers.js';
import { generateTierReviews, type TierReviewInsert } from './loyaltyAccount.js';
import type { SeedCalendar } from './settings.js';

export type FeePlanInsert = typeof feePlans.$inferInsert;
export type TierInsert = typeof tiers.$inferInsert;

/**
 * The fee plans and tiers, fixed reference data the same for every seed,
 * and the half-year reviews the seeded history has been through.
 */
export function generateLoyaltyCatalogue(calendar: SeedCalendar): {
  feePlans: FeePlanInsert[];
  tiers: TierInsert[];
  tierReviews: TierReviewInsert[];
} {
  return {
    feePlans: feePlanCatalogue.map((plan) => ({ ...plan, currency: 'CNY' })),
    tiers: tierCatalogue.map((tier) => ({ ...tier })),
    tierReviews: generateTierReviews(calendar),
  };
}
