import type { memberStandings, pointsCharges, pointsEntries, scoreFacts, tierChanges, tierReviews } from '../loyalty/data/tables.js';
import { addMonths, chinaDateOf, chinaStartOf } from '../loyalty/rules/clubCalendar.js';
import { tierCatalogue } from '../loyalty/rules/clubTiers.js';
import { expiringPoints, expiryCutoff, expiryEntries } from '../loyalty/rules/points.js';
import { admissionTier, reviewDecision, reviewInstant, toHalfYear, type HalfYear } from '../loyalty/rules/tierReview.js';
import { scoreWindow, valueScoreOf } from '../loyalty/rules/valueScore.js';
import type { Random } from './random.js';
import type { SeedCalendar } from './settings.js';

export type StandingInsert = typeof memberStandings.$inferInsert;
export type TierChangeInsert = typeof tierChanges.$inferInsert;
export type PointsEntryInsert = typeof pointsEntries.$inferInsert & { id: string; occurredAt: Date };
export type PointsChargeInsert = typeof pointsCharges.$inferInsert;
export type ScoreFactInsert = typeof scoreFacts.$inferInsert;
export type TierReviewInsert = typeof tierReviews.$inferInsert;

/**
 * The half years the seeded club has reviewed: every one whose last day
 * ended within the seeded history, oldest first.
 */
export function seededReviewHalves(calendar: SeedCalendar): HalfYear[] {
  const halves: HalfYear[] = [];
  const lastYear = Number(calendar.asOfDate.slice(0, 4));
  for (let year = Number(calendar.startDate.slice(0, 4)); year <= lastYear; year++) {
    for (const part of [1, 2]) {
      const half = toHalfYear(`${year}-H${part}`)!;
      const at = reviewInstant(half.lastDay);
      if (at > calendar.start && at <= calendar.asOf) halves.push(half);
    }
  }
  return halves;
}

/**
 * One run of the monthly points expiry, with the instants it needs worked
 * out once for the whole club rather than once per member.
 */
export interface ExpiryRun {
  /** The first of the month the job runs as of. */
  asOf: string;
  /** 00:00 China time on `asOf`, when the expiry is booked. */
  at: number;
  /** Points earned before this day expire when unspent. */
  earnedBefore: string;
  /** 00:00 China time on `earnedBefore`. */
  cutoff: number;
}

/**
 * The expiry runs of the seeded history: the first of every month from the
 * calendar's start up to the as-of date, oldest first.
 */
export function seededExpiryRuns(calendar: SeedCalendar): ExpiryRun[] {
  const runs: ExpiryRun[] = [];
  for (let month = `${calendar.startDate.slice(0, 7)}-01`; chinaStartOf(month) < calendar.asOf; month = addMonths(month, 1)) {
    const earnedBefore = expiryCutoff(month);
    runs.push({ asOf: month, at: chinaStartOf(month), earnedBefore, cutoff: chinaStartOf(earnedBefore) });
  }
  return runs;
}

/** A half-year review with the instants it needs, worked out once for the club. */
export interface ReviewRun {
  half: HalfYear;
  /** When the review takes effect: the end of the half year's last day. */
  at: number;
  /** The instants the score as of the last day counts. */
  window: ScoreWindow;
}

/** The reviews of the seeded history, oldest first. */
export function seededReviewRuns(calendar: SeedCalendar): ReviewRun[] {
  return seededReviewHalves(calendar).map((half) => ({ half, at: reviewInstant(half.lastDay), window: scoreWindow(half.lastDay) }));
}

type ScoreWindow = ReturnType<typeof scoreWindow>;

/**
 * scoreWindow by day: members are admitted on a few thousand distinct days,
 * and each window costs several date conversions.
 */
const windowsByDay = new Map<string, ScoreWindow>();

function scoreWindowOf(asOf: string): ScoreWindow {
  let window = windowsByDay.get(asOf);
  if (window === undefined) windowsByDay.set(asOf, (window = scoreWindow(asOf)));
  return window;
}

/** The reviews as loyalty.tier_reviews records them, applied as each half year ended. */
export function generateTierReviews(calendar: SeedCalendar): TierReviewInsert[] {
  return seededReviewHalves(calendar).map((half) => ({
    half: half.half,
    asOf: half.lastDay,
    appliedAt: new Date(reviewInstant(half.lastDay)),
  }));
}

/**
 * One member's loyalty record as the seed plays it out, by the loyalty
 * subgraph's own rules (src/loyalty/rules): the ledger with the charges other
 * subgraphs asked for, the facts the value score counts, the admission, the
 * half-year reviews and the monthly points expiry. Everything is booked in
 * time order, so that the running balance is well defined and, since spends
 * are only made when it covers them, never negative.
 */
export class LoyaltyAccount {
  readonly points: PointsEntryInsert[] = [];
  readonly charges: PointsChargeInsert[] = [];
  readonly scoreFacts: ScoreFactInsert[] = [];
  readonly tierChanges: TierChangeInsert[] = [];
  /** The sum of the ledger so far. */
  balance = 0;
  /** Index in tierCatalogue of the tier held, -1 before admission. */
  tierIndex = -1;
  private debits = 0;
  private lastEntryAt = -Infinity;
  private standingScore = 0;
  private standingAt = 0;
  private tierSince = '';

  constructor(
    private readonly memberId: string,
    private readonly random: Random,
  ) {}

  /** Books a ledger line; instants are kept distinct, so the ledger's order is the order of play. */
  book(points: number, kind: PointsEntryInsert['kind'], reason: string, at: number): PointsEntryInsert {
    const occurredAt = Math.max(at, this.lastEntryAt + 1000);
    this.lastEntryAt = occurredAt;
    this.balance += points;
    if (points < 0) this.debits -= points;
    const entry = { id: this.random.uuid(), memberId: this.memberId, points, kind, reason, occurredAt: new Date(occurredAt) };
    this.points.push(entry);
    return entry;
  }

  /** Keeps a spend another subgraph asked loyalty for, as loyalty keeps its charges. */
  charge(requestedBy: string, reference: string, entry: PointsEntryInsert): PointsChargeInsert {
    const row: PointsChargeInsert = {
      requestedBy,
      reference,
      memberId: this.memberId,
      points: -entry.points,
      entryId: entry.id,
      chargedAt: entry.occurredAt,
      refundEntryId: null,
      refundedPoints: null,
    };
    this.charges.push(row);
    return row;
  }

  /** Gives a charge back in full, as a refund request does. */
  refund(charge: PointsChargeInsert, reason: string, at: number): void {
    const entry = this.book(charge.points, 'REFUND', reason, at);
    charge.refundEntryId = entry.id;
    charge.refundedPoints = entry.points;
  }

  /** Counts a fact for the value score and books the points it earns, as loyalty's event handlers do. */
  earnForFact(fact: Omit<ScoreFactInsert, 'memberId' | 'occurredAt'>, at: number, points: number, kind: PointsEntryInsert['kind'], reason: string): void {
    this.scoreFacts.push({ ...fact, memberId: this.memberId, occurredAt: new Date(at) });
    if (points > 0) this.book(points, kind, reason, at);
  }

  /** The value score over a window, from what is booked and counted so far. */
  scoreOver({ from, until }: ScoreWindow): number {
    const components = { spendMinor: 0, pointsEarned: 0, attendances: 0, referrals: 0, contributions: 0 };
    for (const entry of this.points) {
      const at = entry.occurredAt.getTime();
      if (at < from || at >= until || !entry.kind.startsWith('EARN_')) continue;
      components.pointsEarned += entry.points;
      if (entry.kind === 'EARN_CONTRIBUTION') components.contributions++;
    }
    for (const fact of this.scoreFacts) {
      const at = fact.occurredAt.getTime();
      if (at < from || at >= until) continue;
      if (fact.kind === 'SPEND') components.spendMinor += fact.amount;
      else if (fact.kind === 'ATTENDANCE') components.attendances++;
      else components.referrals++;
    }
    return valueScoreOf(components);
  }

  /** Places the member at admission in the lowest tier of their fee plan. */
  admit(at: number, feePlanId: string): void {
    const admittedOn = chinaDateOf(at);
    const tier = admissionTier(tierCatalogue, feePlanId);
    this.tierIndex = tier.rank - 1;
    this.standingScore = this.scoreOver(scoreWindowOf(admittedOn));
    this.standingAt = at;
    this.tierSince = admittedOn;
    this.tierChanges.push({
      id: this.random.uuid(),
      memberId: this.memberId,
      fromTierId: null,
      toTierId: tier.id,
      reason: 'ADMISSION',
      effectiveOn: admittedOn,
      recordedAt: new Date(at),
      reviewHalf: null,
      valueScore: this.standingScore,
      threshold: null,
      note: null,
    });
  }

  /** The half-year review of an admitted member, as applyTierReview runs it at the end of the half. */
  review({ half, at, window }: ReviewRun): void {
    if (this.tierIndex < 0) return;
    const score = this.scoreOver(window);
    const current = tierCatalogue[this.tierIndex]!;
    const decision = reviewDecision(tierCatalogue, current.id, score, { demotable: this.tierSince < half.firstDay });
    if (!decision) return;

    this.tierChanges.push({
      id: this.random.uuid(),
      memberId: this.memberId,
      fromTierId: current.id,
      toTierId: decision.toTierId,
      reason: decision.reason,
      effectiveOn: half.lastDay,
      recordedAt: new Date(at),
      reviewHalf: half.half,
      valueScore: score,
      threshold: decision.threshold,
      note: null,
    });
    this.tierIndex = tierCatalogue.findIndex((tier) => tier.id === decision.toTierId);
    this.standingScore = score;
    this.standingAt = at;
    this.tierSince = half.lastDay;
  }

  /** The points expiry as of a day, as expirePoints runs it: first in first out, dated the start of the day. */
  expire({ at, earnedBefore, cutoff }: ExpiryRun): void {
    let oldCredits = 0;
    for (const entry of this.points) {
      if (entry.occurredAt.getTime() >= cutoff) break;
      if (entry.points > 0) oldCredits += entry.points;
    }
    const expiring = expiringPoints({ oldCredits, debits: this.debits });
    for (const points of expiryEntries(expiring)) this.book(points, 'EXPIRE', `Points earned before ${earnedBefore} expired unspent`, at);
  }

  /** The standing at the end: the tier held and the score it was decided on. */
  standing(): StandingInsert {
    return {
      memberId: this.memberId,
      tierId: tierCatalogue[this.tierIndex]!.id,
      valueScore: this.standingScore,
      updatedAt: new Date(this.standingAt),
    };
  }

  /** The score the current tier was decided on. */
  get valueScore(): number {
    return this.standingScore;
  }
}
