import type { feePlans, tiers } from '../loyalty/data/tables.js';
import { feePlanCatalogue, tierCatalogue } from './catalogue/tiers.js';

export type FeePlanInsert = typeof feePlans.$inferInsert;
export type TierInsert = typeof tiers.$inferInsert;

/** The fee plans and tiers; fixed reference data, the same for every seed. */
export function generateLoyaltyCatalogue(): { feePlans: FeePlanInsert[]; tiers: TierInsert[] } {
  return {
    feePlans: feePlanCatalogue.map((plan) => ({ ...plan, currency: 'CNY' })),
    tiers: tierCatalogue.map((tier) => ({ ...tier })),
  };
}
