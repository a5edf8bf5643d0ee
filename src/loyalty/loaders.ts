import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../core/batch.js';
import type { Database } from '../core/database/database.js';
import { requestScoped } from '../core/requestScoped.js';
import { chinaToday } from './arguments.js';
import { toReviewMove, type TierReviewMove } from './commands/tierReview.js';
import {
  findPointsEntries,
  pageLedgers,
  sumLedgers,
  type LedgerPosition,
  type PositionedPointsEntryRow,
} from './data/pointsQueries.js';
import { findReviewChanges } from './data/reviewQueries.js';
import { sumScoreComponents } from './data/scoreQueries.js';
import { findStandingsWithTiers, findTierChangesWithTiersOfMembers } from './data/standingQueries.js';
import { findFeePlans, findTiers, findTiersOfFeePlans } from './data/tierQueries.js';
import type { FeePlanRow, MemberStandingRow, PointsEntryRow, TierChangeRow, TierRow } from './data/tables.js';
import { noScoreComponents, scoreWindow, valueScoreOf } from './rules/valueScore.js';

/** Tiers by id; null for an id that names none. */
export function createTierLoader(db: Database) {
  return new DataLoader<string, TierRow | null>(async (ids) =>
    oneByKey(ids, await findTiers(db, ids), (row) => row.id),
  );
}

/** Fee plans by id; null for an id that names none. */
export function createFeePlanLoader(db: Database) {
  return new DataLoader<string, FeePlanRow | null>(async (ids) =>
    oneByKey(ids, await findFeePlans(db, ids), (row) => row.id),
  );
}

/** Each fee plan's tiers, lowest rank first; empty for a plan no tier uses. */
export function createFeePlanTiersLoader(db: Database) {
  return new DataLoader<string, TierRow[]>(async (ids) =>
    manyByKey(ids, await findTiersOfFeePlans(db, ids), (row) => row.feePlanId),
  );
}

/**
 * Each member's standing by member id; null for a member without one (a
 * prospect). Standings are read with their tiers, which prime `tiers`: the
 * tier of a standing loaded here then costs no statement of its own.
 */
export function createStandingLoader(db: Database, tiers: DataLoader<string, TierRow | null>) {
  return new DataLoader<string, MemberStandingRow | null>(async (memberIds) => {
    const rows = await findStandingsWithTiers(db, memberIds);
    for (const { tier } of rows) tiers.prime(tier.id, tier);
    return oneByKey(
      memberIds,
      rows.map((row) => row.standing),
      (row) => row.memberId,
    );
  });
}

/**
 * Each member's tier changes by member id, newest first; empty when there
 * are none. The changes are read with the tiers they moved from and to,
 * which prime `tiers`: a change's tiers then cost no statement of their own.
 */
export function createTierHistoryLoader(db: Database, tiers: DataLoader<string, TierRow | null>) {
  return new DataLoader<string, TierChangeRow[]>(async (memberIds) => {
    const rows = await findTierChangesWithTiersOfMembers(db, memberIds);
    for (const { from, to } of rows) {
      if (from) tiers.prime(from.id, from);
      tiers.prime(to.id, to);
    }
    return manyByKey(
      memberIds,
      rows.map((row) => row.change),
      (row) => row.memberId,
    );
  });
}

/** Ledger entries by id; null for an id that names none. */
export function createPointsEntryLoader(db: Database) {
  return new DataLoader<string, PointsEntryRow | null>(async (ids) =>
    oneByKey(ids, await findPointsEntries(db, ids), (row) => row.id),
  );
}

/**
 * Each member's value score over the twelve months ending today (China
 * calendar), by member id; 0 without facts. One statement per batch.
 */
export function createValueScoreLoader(db: Database, today: string) {
  return new DataLoader<string, number>(async (memberIds) => {
    const rows = await sumScoreComponents(db, { memberIds, window: scoreWindow(today) });
    return oneByKey(memberIds, rows, (row) => row.memberId).map((row) => valueScoreOf(row ?? noScoreComponents));
  });
}

/** The moves applied reviews made, by half year, in member order; empty for a half not applied. */
export function createReviewMovesLoader(db: Database) {
  return new DataLoader<string, TierReviewMove[]>(async (halves) =>
    manyByKey(halves, await findReviewChanges(db, halves), (row) => row.reviewHalf!).map((changes) => changes.map(toReviewMove)),
  );
}

/** A member's ledger balance and entry count; both 0 for an empty ledger. */
export interface LedgerTotals {
  balance: number;
  entries: number;
}

/**
 * Each member's ledger totals by member id, summed from the ledger in one
 * GROUP BY statement per batch.
 */
export function createLedgerTotalsLoader(db: Database) {
  return new DataLoader<string, LedgerTotals>(async (memberIds) => {
    const rows = oneByKey(memberIds, await sumLedgers(db, memberIds), (row) => row.memberId);
    return rows.map((row) => ({ balance: row?.balance ?? 0, entries: row?.entries ?? 0 }));
  });
}

/** Which ledger page of which member: the member plus the page's arguments. */
export interface LedgerPageKey {
  memberId: string;
  after: LedgerPosition | null;
  /** The most entries to fetch; callers ask for one more than the page size. */
  limit: number;
}

function pageArgumentsOf(key: LedgerPageKey): string {
  return JSON.stringify([key.limit, key.after?.occurredAt ?? null, key.after?.id ?? null]);
}

/**
 * Ledger pages, newest first. Keys asking with the same arguments (limit and
 * position) share one statement, whatever the number of members; each
 * distinct set of arguments in a batch costs one more.
 */
export function createLedgerPageLoader(db: Database) {
  return new DataLoader<LedgerPageKey, PositionedPointsEntryRow[], string>(
    async (keys) => {
      const groups = new Map<string, LedgerPageKey[]>();
      for (const key of keys) {
        const argumentsKey = pageArgumentsOf(key);
        const group = groups.get(argumentsKey);
        if (group) group.push(key);
        else groups.set(argumentsKey, [key]);
      }

      const pages = new Map<LedgerPageKey, PositionedPointsEntryRow[]>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const [first] = group as [LedgerPageKey, ...LedgerPageKey[]];
          const memberIds = group.map((key) => key.memberId);
          const rows = await pageLedgers(db, { memberIds, after: first.after, limit: first.limit });
          const byMember = manyByKey(memberIds, rows, (row) => row.memberId);
          group.forEach((key, index) => pages.set(key, byMember[index] ?? []));
        }),
      );
      return keys.map((key) => pages.get(key) ?? []);
    },
    { cacheKeyFn: (key) => `${key.memberId}|${pageArgumentsOf(key)}` },
  );
}

/** The loyalty subgraph's loaders for one request. */
export const loyaltyLoaders = requestScoped(({ db }) => {
  const tier = createTierLoader(db);
  return {
    tier,
    feePlan: createFeePlanLoader(db),
    feePlanTiers: createFeePlanTiersLoader(db),
    standing: createStandingLoader(db, tier),
    tierHistory: createTierHistoryLoader(db, tier),
    ledgerTotals: createLedgerTotalsLoader(db),
    ledgerPage: createLedgerPageLoader(db),
    pointsEntry: createPointsEntryLoader(db),
    valueScore: createValueScoreLoader(db, chinaToday()),
    reviewMoves: createReviewMovesLoader(db),
  };
});
