import type { Database } from '../../core/database/database.js';
import { ConflictError } from '../../core/errors.js';
import { applyReviewChangesToStandings, claimTierReview, findTierReviews, listTierReviews } from '../data/reviewQueries.js';
import { sumScoreComponents } from '../data/scoreQueries.js';
import { listStandingsForReview, type ReviewedStanding } from '../data/standingQueries.js';
import type { TierChangeRow } from '../data/tables.js';
import { insertTierChanges } from '../data/tierChangeWrites.js';
import { listTiers } from '../data/tierQueries.js';
import { noScoreComponents, scoreWindow, valueScoreOf } from '../rules/valueScore.js';
import { reviewDecision, reviewInstant, type HalfYear } from '../rules/tierReview.js';
import { recordTierChanged } from './recordTierChanged.js';

/** One member a review moves, and what decided it. */
export interface TierReviewMove {
  memberId: string;
  fromTierId: string;
  toTierId: string;
  reason: 'REVIEW_PROMOTION' | 'REVIEW_DEMOTION';
  valueScore: number;
  threshold: number;
}

/** The move a review's tier change records. */
export function toReviewMove(change: TierChangeRow): TierReviewMove {
  return {
    memberId: change.memberId,
    fromTierId: change.fromTierId!,
    toTierId: change.toTierId,
    reason: change.reason as TierReviewMove['reason'],
    valueScore: change.valueScore ?? 0,
    threshold: change.threshold ?? 0,
  };
}

/** What a review of a half year as of a day does, member by member. */
export interface TierReviewPlan {
  half: HalfYear;
  asOf: string;
  /** How many members the review considered. */
  reviewed: number;
  /** The members it moves, in member order. */
  moves: TierReviewMove[];
}

/**
 * Whether a review as of `asOf` considers the member: placed by then, not
 * moved since, and not churned by the end of that day. A LAPSED or
 * SUSPENDED member may still come back (renew, be reinstated) and is
 * reviewed, so that they return in the tier their score holds; a CHURNED
 * member never comes back, and demoting them each half year would only
 * write changes no one acts on.
 */
function isReviewed(standing: ReviewedStanding, asOf: string): boolean {
  if (standing.placedOn !== null && standing.placedOn > asOf) return false;
  if (standing.tierSince !== null && standing.tierSince > asOf) return false;
  return standing.churnedAt === null || standing.churnedAt.getTime() >= reviewInstant(asOf);
}

/**
 * Works out a half-year review as of a day (see rules/tierReview.ts): every
 * member with a standing is scored over the twelve months ending on `asOf`
 * and promoted, demoted or left. Members placed after `asOf` were not
 * members yet, and members whose tier changed after `asOf` have moved on
 * since: the review leaves both alone, so that every change it writes comes
 * after the member's earlier ones. Members who had churned by the end of
 * `asOf` are left out too: a churned membership is over for good, and its
 * tier is the record of where it ended (see isReviewed). LAPSED and
 * SUSPENDED members are reviewed like ACTIVE ones. Preview and apply both run this, so they
 * agree as long as nothing changes in between; `lock` holds every standing
 * until the transaction ends, so nothing can.
 */
export async function planTierReview(
  db: Database,
  request: { half: HalfYear; asOf: string; lock: boolean },
): Promise<TierReviewPlan> {
  const tiers = await listTiers(db);
  const standings = await listStandingsForReview(db, { lock: request.lock });
  const components = new Map(
    (await sumScoreComponents(db, { memberIds: null, window: scoreWindow(request.asOf) })).map((row) => [row.memberId, row]),
  );

  let reviewed = 0;
  const moves: TierReviewMove[] = [];
  for (const standing of standings) {
    if (!isReviewed(standing, request.asOf)) continue;
    reviewed++;
    const valueScore = valueScoreOf(components.get(standing.memberId) ?? noScoreComponents);
    const demotable = standing.tierSince === null || standing.tierSince < request.half.firstDay;
    const decision = reviewDecision(tiers, standing.tierId, valueScore, { demotable });
    if (decision) moves.push({ memberId: standing.memberId, fromTierId: standing.tierId, ...decision, valueScore });
  }
  return { half: request.half, asOf: request.asOf, reviewed, moves };
}

/**
 * Refuses a review of a half year before the latest one applied: its
 * changes would be dated before changes already made.
 */
export async function assertReviewInOrder(db: Database, half: HalfYear): Promise<void> {
  const [latest] = await listTierReviews(db);
  if (latest && latest.half > half.half) {
    throw new ConflictError(`The tier review of ${latest.half} is applied already; ${half.half} comes before it.`, {
      reason: 'LATER_REVIEW_APPLIED',
    });
  }
}

/**
 * Applies a half-year review inside the caller's transaction: a TierChange
 * (effective on `asOf`, with the score and threshold that decided it) and
 * loyalty.TierChanged for each member it moves, and their standings moved.
 * A half year is applied once: when it was applied before, this changes
 * nothing and returns false.
 */
export async function applyTierReview(
  tx: Database,
  request: { half: HalfYear; asOf: string; appliedAt: Date },
): Promise<boolean> {
  // An applied half year answers its first application, even once a later one is applied.
  if ((await findTierReviews(tx, [request.half.half])).length > 0) return false;
  await assertReviewInOrder(tx, request.half);
  if (!(await claimTierReview(tx, { half: request.half.half, asOf: request.asOf, appliedAt: request.appliedAt }))) return false;

  const plan = await planTierReview(tx, { half: request.half, asOf: request.asOf, lock: true });
  const changes = await insertTierChanges(
    tx,
    plan.moves.map((move) => ({
      memberId: move.memberId,
      fromTierId: move.fromTierId,
      toTierId: move.toTierId,
      reason: move.reason,
      effectiveOn: request.asOf,
      recordedAt: request.appliedAt,
      reviewHalf: request.half.half,
      valueScore: move.valueScore,
      threshold: move.threshold,
      note: null,
    })),
  );
  await applyReviewChangesToStandings(tx, request.half.half, request.appliedAt);
  for (const change of changes) await recordTierChanged(tx, change);
  return true;
}
