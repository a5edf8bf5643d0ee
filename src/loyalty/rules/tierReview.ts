/**
 * The club's tier rules: where an admitted member starts, and how the
 * half-year review moves members. Pure functions over the tiers' thresholds,
 * shared by the subgraph and the seed.
 */
import { chinaStartOf } from './clubCalendar.js';

/** What the rules need of a tier. */
export interface RuledTier {
  id: string;
  rank: number;
  entryThreshold: number;
  keepThreshold: number;
  feePlanId: string;
}

/** A review's verdict on one member. */
export interface ReviewDecision {
  toTierId: string;
  reason: 'REVIEW_PROMOTION' | 'REVIEW_DEMOTION';
  /** The threshold that decided: the entry threshold of the new tier, or the keep threshold of the old one. */
  threshold: number;
}

function byRank<TTier extends RuledTier>(tiers: readonly TTier[]): TTier[] {
  return [...tiers].sort((a, b) => a.rank - b.rank);
}

/**
 * The tier a member is placed in at admission: the lowest tier their fee
 * plan serves. A plan no tier names places them in the lowest tier of all,
 * so an admitted member always holds a tier.
 */
export function admissionTier<TTier extends RuledTier>(tiers: readonly TTier[], feePlanId: string): TTier {
  const ranked = byRank(tiers);
  const tier = ranked.find((candidate) => candidate.feePlanId === feePlanId) ?? ranked[0];
  if (!tier) throw new Error('The club has no tiers.');
  return tier;
}

/**
 * The review's verdict on a member of `currentTierId` with `score`, or null
 * when they stay.
 *
 * - A score at or above the next tier's entry threshold promotes the member
 *   to the highest tier whose entry threshold it reaches, in one move: the
 *   score already counts a whole year, so a member who has earned Platinum
 *   does not wait a year more for it, and after the review every member is
 *   below the entry threshold of the tier above theirs.
 * - A score below the current tier's keep threshold demotes one step only,
 *   and only a member who has held the tier since before the half year
 *   began (`demotable`): a tier given at admission or by staff during the
 *   half is kept until the next review at least.
 */
export function reviewDecision(
  tiers: readonly RuledTier[],
  currentTierId: string,
  score: number,
  options: { demotable: boolean },
): ReviewDecision | null {
  const ranked = byRank(tiers);
  const index = ranked.findIndex((tier) => tier.id === currentTierId);
  if (index < 0) return null;
  const current = ranked[index]!;
  const next = ranked[index + 1];

  if (next && score >= next.entryThreshold) {
    const reached = ranked.filter((tier) => tier.rank > current.rank && score >= tier.entryThreshold).at(-1)!;
    return { toTierId: reached.id, reason: 'REVIEW_PROMOTION', threshold: reached.entryThreshold };
  }
  if (options.demotable && index > 0 && score < current.keepThreshold) {
    return { toTierId: ranked[index - 1]!.id, reason: 'REVIEW_DEMOTION', threshold: current.keepThreshold };
  }
  return null;
}

/** A half year of the club's calendar: "2026-H1" runs January to June, "2026-H2" July to December. */
export interface HalfYear {
  half: string;
  firstDay: string;
  lastDay: string;
}

/** The half year a text names, or null when it names none. */
export function toHalfYear(text: string): HalfYear | null {
  const match = /^(\d{4})-H([12])$/.exec(text);
  if (!match) return null;
  const [, year, part] = match;
  return part === '1'
    ? { half: text, firstDay: `${year}-01-01`, lastDay: `${year}-06-30` }
    : { half: text, firstDay: `${year}-07-01`, lastDay: `${year}-12-31` };
}

/** The half year a China calendar date falls in. */
export function halfYearOf(date: string): HalfYear {
  return toHalfYear(`${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`)!;
}

/** When a review as of a day takes effect: the end of that day, China time. */
export function reviewInstant(asOf: string): number {
  return chinaStartOf(asOf) + 24 * 60 * 60 * 1000;
}
