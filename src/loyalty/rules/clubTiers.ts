/**
 * The club's tiers and fee plans: the reference data the loyalty subgraph
 * serves, as the seed writes it into loyalty.tiers and loyalty.fee_plans.
 * At run time the subgraph reads thresholds from those tables, so a club can
 * change them without a release; these are the values it starts with.
 */

export type TierCode = 'BRONZE' | 'SILVER' | 'GOLD' | 'PLATINUM' | 'DIAMOND';
export type FeePlanCode = 'STANDARD' | 'PREMIUM' | 'FLAGSHIP';

export interface FeePlanEntry {
  id: string;
  code: FeePlanCode;
  name: string;
  /** Yearly dues in fen. */
  annualDuesMinor: number;
}

/** Cheapest first. */
export const feePlanCatalogue: readonly FeePlanEntry[] = [
  { id: 'standard', code: 'STANDARD', name: 'Standard', annualDuesMinor: 198_000 },
  { id: 'premium', code: 'PREMIUM', name: 'Premium', annualDuesMinor: 498_000 },
  { id: 'flagship', code: 'FLAGSHIP', name: 'Flagship', annualDuesMinor: 1_280_000 },
];

export interface TierEntry {
  id: string;
  code: TierCode;
  name: string;
  /** 1 for Bronze up to 5 for Diamond; index + 1 in tierCatalogue. */
  rank: number;
  /** The value score at which the review promotes a member into this tier. */
  entryThreshold: number;
  /** Below this, the review demotes one step; always below the entry threshold. */
  keepThreshold: number;
  feePlanId: string;
}

/**
 * Lowest first. The thresholds are value scores over twelve months (see
 * valueScore.ts): Silver takes about a dozen events and a few services a
 * year, Diamond a member who drives the club.
 */
export const tierCatalogue: readonly TierEntry[] = [
  { id: 'bronze', code: 'BRONZE', name: 'Bronze', rank: 1, entryThreshold: 0, keepThreshold: 0, feePlanId: 'standard' },
  { id: 'silver', code: 'SILVER', name: 'Silver', rank: 2, entryThreshold: 110, keepThreshold: 80, feePlanId: 'standard' },
  { id: 'gold', code: 'GOLD', name: 'Gold', rank: 3, entryThreshold: 280, keepThreshold: 210, feePlanId: 'premium' },
  { id: 'platinum', code: 'PLATINUM', name: 'Platinum', rank: 4, entryThreshold: 520, keepThreshold: 400, feePlanId: 'premium' },
  { id: 'diamond', code: 'DIAMOND', name: 'Diamond', rank: 5, entryThreshold: 850, keepThreshold: 650, feePlanId: 'flagship' },
];
