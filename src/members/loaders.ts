import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../core/batch.js';
import type { Database } from '../core/database/database.js';
import { isUuid } from '../core/ids.js';
import { requestScoped } from '../core/requestScoped.js';
import { findCars, findCarsOfMembers } from './data/carQueries.js';
import {
  countActiveMembersOfChapters,
  countMembersOfChapters,
  findMembers,
  pageMembersOfChapters,
  type ChapterMembersQuery,
  type MemberListFilter,
} from './data/memberQueries.js';
import { findLatestStatusChangesBefore, findStatusChanges, findStatusChangesOfMembers } from './data/statusChangeQueries.js';
import type { CarRow, MemberRow, MembershipTermRow, StatusChangeRow } from './data/tables.js';
import { findTerms, findTermsOfMembers, findTermsOfMembersCovering, findTermsOfMembersOn } from './data/termQueries.js';
import { addDays, chinaMidnight } from './lifecycle/clubCalendar.js';

/**
 * Loads rows by UUID primary key. A key that is not a UUID names no row: it is
 * answered null without reaching the database, where it would fail the cast
 * to uuid and take the whole batch down with it.
 */
function byUuid<TRow extends { id: string }>(find: (ids: readonly string[]) => Promise<TRow[]>) {
  return new DataLoader<string, TRow | null>(async (ids) => {
    const wellFormed = ids.filter(isUuid);
    const rows = wellFormed.length > 0 ? await find(wellFormed) : [];
    return oneByKey(ids, rows, (row) => row.id);
  });
}

/** Members by id; null for an id that names none. */
export function createMemberLoader(db: Database) {
  return byUuid<MemberRow>((ids) => findMembers(db, ids));
}

/** Cars by id; null for an id that names none. */
export function createCarLoader(db: Database) {
  return byUuid<CarRow>((ids) => findCars(db, ids));
}

/** Membership terms by id; null for an id that names none. No access check: callers make it. */
export function createTermLoader(db: Database) {
  return byUuid<MembershipTermRow>((ids) => findTerms(db, ids));
}

/** Each member's cars, oldest registration first; empty for a member without any. */
export function createMemberCarsLoader(db: Database) {
  return new DataLoader<string, CarRow[]>(async (memberIds) =>
    manyByKey(memberIds, await findCarsOfMembers(db, memberIds), (row) => row.memberId),
  );
}

/** Each member's terms, newest start first. No access check: callers make it. */
export function createMemberTermsLoader(db: Database) {
  return new DataLoader<string, MembershipTermRow[]>(async (memberIds) =>
    manyByKey(memberIds, await findTermsOfMembers(db, memberIds), (row) => row.memberId),
  );
}

/**
 * Each member's term in force on `today` ("YYYY-MM-DD"), or null. When terms
 * overlap, the one that started last is current. No access check: callers
 * make it.
 */
export function createCurrentTermLoader(db: Database, today: string) {
  return new DataLoader<string, MembershipTermRow | null>(async (memberIds) => {
    const terms = await findTermsOfMembersOn(db, memberIds, today);
    return manyByKey(memberIds, terms, (row) => row.memberId).map((own) => own[0] ?? null);
  });
}

/** Status changes by id; null for an id that names none. No access check: callers make it. */
export function createStatusChangeLoader(db: Database) {
  return byUuid<StatusChangeRow>((ids) => findStatusChanges(db, ids));
}

/** Each member's status changes, oldest first. No access check: callers make it. */
export function createStatusHistoryLoader(db: Database) {
  return new DataLoader<string, StatusChangeRow[]>(async (memberIds) =>
    manyByKey(memberIds, await findStatusChangesOfMembers(db, memberIds), (row) => row.memberId),
  );
}

/** A member and a China calendar day ("YYYY-MM-DD"). */
export interface MemberDayKey {
  memberId: string;
  date: string;
}

/**
 * A loader of one value per member and day, with one statement per distinct
 * day however many members ask for it.
 */
function createPerDayLoader<TValue>(load: (memberIds: string[], date: string) => Promise<Map<string, TValue>>) {
  return new DataLoader<MemberDayKey, TValue | null, string>(
    async (keys) => {
      const byDay = new Map<string, string[]>();
      for (const key of keys) byDay.set(key.date, [...(byDay.get(key.date) ?? []), key.memberId]);
      const found = new Map<string, Map<string, TValue>>();
      for (const [date, memberIds] of byDay) found.set(date, await load(memberIds, date));
      return keys.map((key) => found.get(key.date)?.get(key.memberId) ?? null);
    },
    { cacheKeyFn: (key) => `${key.memberId}|${key.date}` },
  );
}

/**
 * Each member's latest status change by the end of a day (China time), so
 * the status they had then; null when they had not been reached yet. No
 * access check: callers make it.
 */
export function createStatusOnLoader(db: Database) {
  return createPerDayLoader<StatusChangeRow>(async (memberIds, date) => {
    const rows = await findLatestStatusChangesBefore(db, memberIds, chinaMidnight(addDays(date, 1)));
    return new Map(rows.map((row) => [row.memberId, row]));
  });
}

/**
 * Each member's term covering a day, or null; when terms overlap, the one
 * that started last. No access check: callers make it.
 */
export function createTermOnLoader(db: Database) {
  return createPerDayLoader<MembershipTermRow>(async (memberIds, date) => {
    const rows = await findTermsOfMembersCovering(db, memberIds, date, chinaMidnight(date));
    const byMember = new Map<string, MembershipTermRow>();
    for (const row of rows) if (!byMember.has(row.memberId)) byMember.set(row.memberId, row);
    return byMember;
  });
}

/** A chapter and the arguments of its members list. */
export interface ChapterMembersKey {
  chapterId: string;
  query: ChapterMembersQuery;
}

/** A chapter and the filter of its members count. */
export interface ChapterCountKey {
  chapterId: string;
  filter: MemberListFilter;
}

/**
 * Runs `load` once per distinct set of arguments, with the ids of every key
 * that shares them: keys differ only in their chapter id within a group.
 */
async function perArguments<TKey extends { chapterId: string }, TArgs, TResult>(
  keys: readonly TKey[],
  argsOf: (key: TKey) => TArgs,
  load: (chapterIds: string[], args: TArgs) => Promise<Map<string, TResult>>,
  empty: () => TResult,
): Promise<TResult[]> {
  const groups = new Map<string, { args: TArgs; chapterIds: string[] }>();
  for (const key of keys) {
    const args = argsOf(key);
    const signature = JSON.stringify(args);
    const group = groups.get(signature);
    if (group) group.chapterIds.push(key.chapterId);
    else groups.set(signature, { args, chapterIds: [key.chapterId] });
  }

  const results = new Map<string, Map<string, TResult>>();
  for (const [signature, group] of groups) {
    results.set(signature, await load(group.chapterIds, group.args));
  }
  return keys.map((key) => results.get(JSON.stringify(argsOf(key)))?.get(key.chapterId) ?? empty());
}

/**
 * One page of each chapter's members, in order of member number, at most
 * `query.limit` rows per chapter. All chapters asking with the same arguments
 * share ONE statement (a window function), however many chapters there are.
 * A first page (no cursor) also primes `counts` with each chapter's total, so
 * its totalCount costs no statement of its own.
 */
export function createChapterMembersLoader(db: Database, counts: DataLoader<ChapterCountKey, number, string>) {
  return new DataLoader<ChapterMembersKey, MemberRow[], string>(
    (keys) =>
      perArguments(
        keys,
        (key) => key.query,
        async (chapterIds, query) => {
          const rows = await pageMembersOfChapters(db, chapterIds, query);
          const byChapter = manyByKey(chapterIds, rows, (row) => row.homeChapterId);
          return new Map(
            chapterIds.map((id, index) => {
              const page = byChapter[index] ?? [];
              if (query.afterNumber === null) counts.prime({ chapterId: id, filter: query.filter }, page[0]?.matching ?? 0);
              return [id, page.map(({ matching: _matching, ...member }) => member)];
            }),
          );
        },
        () => [],
      ),
    { cacheKeyFn: (key) => `${key.chapterId}|${JSON.stringify(key.query)}` },
  );
}

/**
 * How many of each chapter's members match a filter; one grouped statement
 * per distinct filter.
 */
export function createChapterMemberCountLoader(db: Database) {
  return new DataLoader<ChapterCountKey, number, string>(
    (keys) =>
      perArguments(
        keys,
        (key) => key.filter,
        async (chapterIds, filter) => {
          const totals = await countMembersOfChapters(db, chapterIds, filter);
          return new Map(totals.map((row) => [row.chapterId, row.total]));
        },
        () => 0,
      ),
    { cacheKeyFn: (key) => `${key.chapterId}|${JSON.stringify(key.filter)}` },
  );
}

/** How many ACTIVE members call each chapter home; 0 for a chapter without any. */
export function createActiveMemberCountLoader(db: Database) {
  return new DataLoader<string, number>(async (chapterIds) => {
    const totals = await countActiveMembersOfChapters(db, chapterIds);
    const byChapter = new Map(totals.map((row) => [row.chapterId, row.total]));
    return chapterIds.map((id) => byChapter.get(id) ?? 0);
  });
}

/**
 * Today's date in UTC, "YYYY-MM-DD", fixed once per request so that every
 * member of one response is judged against the same day.
 */
function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The members subgraph's loaders for one request. */
export const memberLoaders = requestScoped(({ db }) => {
  const chapterMemberCount = createChapterMemberCountLoader(db);
  return {
    member: createMemberLoader(db),
    car: createCarLoader(db),
    term: createTermLoader(db),
    memberCars: createMemberCarsLoader(db),
    memberTerms: createMemberTermsLoader(db),
    currentTerm: createCurrentTermLoader(db, utcToday()),
    statusChange: createStatusChangeLoader(db),
    statusHistory: createStatusHistoryLoader(db),
    statusOn: createStatusOnLoader(db),
    termOn: createTermOnLoader(db),
    chapterMembers: createChapterMembersLoader(db, chapterMemberCount),
    chapterMemberCount,
    activeMemberCount: createActiveMemberCountLoader(db),
  };
});
