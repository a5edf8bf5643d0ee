/** Tiers, fee plans and the value score the half-year review places members by. */

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
  entryThreshold: number;
  /** Below this, the review demotes one step; always below the entry threshold. */
  keepThreshold: number;
  feePlanId: string;
}

/** Lowest first. */
export const tierCatalogue: readonly TierEntry[] = [
  { id: 'bronze', code: 'BRONZE', name: 'Bronze', rank: 1, entryThreshold: 0, keepThreshold: 0, feePlanId: 'standard' },
  { id: 'silver', code: 'SILVER', name: 'Silver', rank: 2, entryThreshold: 110, keepThreshold: 80, feePlanId: 'standard' },
  { id: 'gold', code: 'GOLD', name: 'Gold', rank: 3, entryThreshold: 280, keepThreshold: 210, feePlanId: 'premium' },
  { id: 'platinum', code: 'PLATINUM', name: 'Platinum', rank: 4, entryThreshold: 520, keepThreshold: 400, feePlanId: 'premium' },
  { id: 'diamond', code: 'DIAMOND', name: 'Diamond', rank: 5, entryThreshold: 850, keepThreshold: 650, feePlanId: 'flagship' },
];

/**
 * What each fact adds to the value score. The score covers the twelve months
 * before the review, so members who stop taking part drift down again.
 */
export const scoreWeights = {
  /** Per 100 yuan of dues, fees and services. */
  perHundredYuan: 1,
  /** Per 10 points earned. */
  perTenPoints: 1,
  perAttendance: 40,
  perReferral: 150,
  perContribution: 30,
} as const;

/** The tier index (0 for Bronze) a score places a member in by entry thresholds. */
export function tierIndexForScore(score: number): number {
  let index = 0;
  tierCatalogue.forEach((tier, i) => {
    if (score >= tier.entryThreshold) index = i;
  });
  return index;
}
