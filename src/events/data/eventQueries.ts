import {
  and,
  asc,
  count,
  eq,
  getTableColumns,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  ne,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { firstPerGroup } from '../../core/database/firstPerGroup.js';
import { equalsAny, preparedQuery } from '../../core/database/preparedQuery.js';
import { afterKey } from '../../core/pagination.js';
import { events, type EventRow } from './tables.js';

export type EventInsert = typeof events.$inferInsert;

/**
 * Which draft events a viewer may see: a draft is being prepared and is not
 * part of the public calendar. See `draftVisibility`.
 */
export type DraftVisibility = { all: true } | { all: false; chapterIds: readonly string[] };

/** What an events list is narrowed to; null means "any". Filters combine with AND. */
export interface EventFilterValues {
  chapterId: string | null;
  /** true: national events only (no chapter); false: chapter events only. */
  national: boolean | null;
  kind: EventRow['kind'] | null;
  status: EventRow['status'] | null;
  /** Events starting at or after this instant. */
  startsFrom: Date | null;
  /** Events starting strictly before this instant. */
  startsBefore: Date | null;
  /** The drafts the list may include: all, or those of these chapters only. */
  drafts: DraftVisibility;
}

/**
 * Where an events page starts: strictly after this event in (starts_at, id)
 * order. `startsAt` is UTC ISO 8601 text exact to the microsecond.
 */
export interface EventPosition {
  startsAt: string;
  id: string;
}

/** An event with its exact start as text, from which its cursor is made. */
export type PositionedEventRow = EventRow & { exactStartsAt: string };

/**
 * The start as UTC ISO 8601 text with microseconds: a JavaScript Date keeps
 * only milliseconds, so a cursor made from one could repeat an event whose
 * start has a finer fraction.
 */
const exactStartsAt = sql<string>`to_char(${events.startsAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function filterConditions(filter: EventFilterValues): SQL | undefined {
  return and(
    filter.chapterId === null ? undefined : eq(events.chapterId, filter.chapterId),
    filter.national === null ? undefined : filter.national ? isNull(events.chapterId) : isNotNull(events.chapterId),
    filter.kind === null ? undefined : eq(events.kind, filter.kind),
    filter.status === null ? undefined : eq(events.status, filter.status),
    filter.startsFrom === null ? undefined : gte(events.startsAt, filter.startsFrom),
    filter.startsBefore === null ? undefined : lt(events.startsAt, filter.startsBefore),
    visibleDrafts(filter.drafts),
  );
}

function visibleDrafts(drafts: DraftVisibility): SQL | undefined {
  if (drafts.all) return undefined;
  const notDraft = ne(events.status, 'DRAFT');
  return drafts.chapterIds.length === 0 ? notDraft : or(notDraft, inArray(events.chapterId, [...drafts.chapterIds]));
}

function afterPosition(after: EventPosition | null): SQL | undefined {
  return after === null ? undefined : afterKey([events.startsAt, events.id], [after.startsAt, after.id]);
}

/** Events by id, in no particular order; ids that name no event have no row. */
export function findEvents(db: Database, ids: readonly string[]): Promise<EventRow[]> {
  return eventsById(db, { ids });
}

const eventsById = preparedQuery((db) => db.select().from(events).where(equalsAny(events.id, 'ids')).prepare('events_by_id'));

/** One page of an events list: the filter, where the page starts and how many rows to fetch. */
export interface EventPageQuery {
  filter: EventFilterValues;
  /** Events after this position only; from the first event when null. */
  after: EventPosition | null;
  limit: number;
}

/** One page of events in order of start, then id (the unique tiebreak). */
export function pageEvents(db: Database, query: EventPageQuery): Promise<PositionedEventRow[]> {
  return db
    .select({ ...getTableColumns(events), exactStartsAt })
    .from(events)
    .where(and(filterConditions(query.filter), afterPosition(query.after)))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(query.limit);
}

/** How many events match the filter, across all pages. */
export async function countEvents(db: Database, filter: EventFilterValues): Promise<number> {
  const [row] = await db.select({ total: count() }).from(events).where(filterConditions(filter));
  return row?.total ?? 0;
}

/** The same page of several chapters' events. */
export interface ChapterEventsPageQuery extends EventPageQuery {
  chapterIds: readonly string[];
}

/**
 * One page of several chapters' events in one statement: each chapter's first
 * `limit` events after the position given, in order of start then id, grouped
 * by chapter. The filter's chapterId and national are not applied: the
 * chapters asked for decide.
 */
export function pageEventsOfChapters(
  db: Database,
  query: ChapterEventsPageQuery,
): Promise<PositionedEventRow[]> {
  const filter: EventFilterValues = { ...query.filter, chapterId: null, national: null };
  return firstPerGroup(db, {
    from: events,
    select: { ...getTableColumns(events), exactStartsAt: exactStartsAt.as('exact_starts_at') },
    partitionBy: events.chapterId,
    orderBy: [events.startsAt, events.id],
    where: and(
      inArray(events.chapterId, [...query.chapterIds]),
      filterConditions(filter),
      afterPosition(query.after),
    ),
    limit: query.limit,
  });
}

/** How many events of each chapter match; chapters without any have no row. */
export function countEventsOfChapters(
  db: Database,
  chapterIds: readonly string[],
  filter: EventFilterValues,
): Promise<Array<{ chapterId: string | null; total: number }>> {
  const chapterFilter: EventFilterValues = { ...filter, chapterId: null, national: null };
  return db
    .select({ chapterId: events.chapterId, total: count() })
    .from(events)
    .where(and(inArray(events.chapterId, [...chapterIds]), filterConditions(chapterFilter)))
    .groupBy(events.chapterId);
}

/**
 * The event, locked until the caller's transaction ends; null when no event
 * has the id. Every write that counts or moves an event's seats takes this
 * lock first, so that on PostgreSQL such transactions of one event run one
 * after another and each counts what the one before wrote.
 */
export async function lockEvent(tx: Database, id: string): Promise<EventRow | null> {
  const [row] = await tx.select().from(events).where(eq(events.id, id)).for('update');
  return row ?? null;
}

/** Inserts an event and returns it as stored. */
export async function insertEvent(tx: Database, row: EventInsert): Promise<EventRow> {
  const [inserted] = await tx.insert(events).values(row).returning();
  return inserted!;
}

/** Changes an event's columns and returns it as stored. Callers hold its lock. */
export async function updateEvent(
  tx: Database,
  id: string,
  values: Partial<Omit<EventInsert, 'id'>>,
): Promise<EventRow> {
  const [updated] = await tx.update(events).set(values).where(eq(events.id, id)).returning();
  return updated!;
}
