import { and, asc, count, eq, exists, getTableColumns, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { equalsAny, preparedQuery, preparedQueryPerShape, type PreparedStatement } from '../../core/database/preparedQuery.js';
import { afterKey } from '../../core/pagination.js';
import { cars, members, type MemberRow } from './tables.js';

type MemberStatus = MemberRow['status'];
type LifecycleStage = MemberRow['lifecycleStage'];
type TierCode = NonNullable<MemberRow['tierCode']>;
type CarBrand = (typeof cars.$inferSelect)['brand'];
type Powertrain = (typeof cars.$inferSelect)['powertrain'];

/**
 * What a member list is narrowed to; null means "any". Every condition holds
 * at once. carBrand and powertrain must match the same car.
 */
export interface MemberListFilter {
  chapterId: string | null;
  tier: TierCode | null;
  status: MemberStatus | null;
  lifecycleStage: LifecycleStage | null;
  carBrand: CarBrand | null;
  powertrain: Powertrain | null;
}

/** The filter that narrows nothing. */
export const anyMember: MemberListFilter = {
  chapterId: null,
  tier: null,
  status: null,
  lifecycleStage: null,
  carBrand: null,
  powertrain: null,
};

/**
 * The filter as SQL over `members`. Car conditions are a correlated EXISTS
 * rather than a join, so a member with two matching cars is listed once and
 * the page limit counts members, not cars.
 */
function memberFilter(db: Database, filter: MemberListFilter, bind: BindFilterValue = (_field, value) => sql`${value}`): SQL | undefined {
  const carConditions = and(
    filter.carBrand ? eq(cars.brand, bind('carBrand', filter.carBrand)) : undefined,
    filter.powertrain ? eq(cars.powertrain, bind('powertrain', filter.powertrain)) : undefined,
  );
  const ownsMatchingCar = carConditions
    ? exists(
        db
          .select({ one: sql`1` })
          .from(cars)
          .where(and(eq(cars.memberId, members.id), carConditions)),
      )
    : undefined;

  return and(
    filter.chapterId ? eq(members.homeChapterId, bind('chapterId', filter.chapterId)) : undefined,
    filter.tier ? eq(members.tierCode, bind('tier', filter.tier)) : undefined,
    filter.status ? eq(members.status, bind('status', filter.status)) : undefined,
    filter.lifecycleStage ? eq(members.lifecycleStage, bind('lifecycleStage', filter.lifecycleStage)) : undefined,
    ownsMatchingCar,
  );
}

/**
 * What a filter's value becomes in its SQL: the value itself, or a
 * placeholder named after its field when the statement is prepared.
 */
type BindFilterValue = (field: keyof MemberListFilter, value: string) => SQLWrapper;

/** Members by id, in no particular order; ids that name none are absent. */
export function findMembers(db: Database, ids: readonly string[]): Promise<MemberRow[]> {
  return membersById(db, { ids });
}

const membersById = preparedQuery((db) =>
  db.select().from(members).where(equalsAny(members.id, 'ids')).prepare('members_by_id'),
);

export interface MemberPageQuery {
  filter: MemberListFilter;
  /** The member number of the last member of the previous page. */
  afterNumber: number | null;
  limit: number;
}

/** One page of members in order of member number, which is unique. */
export function pageMembers(db: Database, query: MemberPageQuery): Promise<MemberRow[]> {
  const after =
    query.afterNumber === null ? undefined : afterKey([members.memberNumber], [query.afterNumber]);
  return db
    .select()
    .from(members)
    .where(and(memberFilter(db, query.filter), after))
    .orderBy(asc(members.memberNumber))
    .limit(query.limit);
}

/** How many members match the filter. */
export async function countMembers(db: Database, filter: MemberListFilter): Promise<number> {
  const [row] = await db.select({ total: count() }).from(members).where(memberFilter(db, filter));
  return row?.total ?? 0;
}

export interface ChapterMembersQuery {
  /** The filter's chapterId is ignored: each chapter's own id applies. */
  filter: MemberListFilter;
  afterNumber: number | null;
  /** The most rows to return per chapter. */
  limit: number;
}

/** A member of a chapter's page, with the number of members the page is taken from. */
export type PagedMemberRow = MemberRow & { matching: number };

/**
 * One page of members for each of several chapters, in ONE statement. For
 * each chapter a LATERAL subquery takes its first `limit` matching members
 * in order of member number, which the (home_chapter_id, member_number)
 * index hands over without reading the rest of the chapter, and another
 * counts the chapter's matching members (after the cursor, when there is
 * one), so that a first page brings the list's total count along. Rows come
 * grouped by chapter in the order asked, each chapter's in order of member
 * number; a chapter without matching members has no row.
 */
export function pageMembersOfChapters(
  db: Database,
  chapterIds: readonly string[],
  query: ChapterMembersQuery,
): Promise<PagedMemberRow[]> {
  const filter: MemberListFilter = { ...query.filter, chapterId: null };
  const values: Record<string, unknown> = { chapterIds, limit: query.limit };
  for (const [field, value] of Object.entries(filter)) if (value !== null) values[field] = value;
  if (query.afterNumber !== null) values.afterNumber = query.afterNumber;
  return chapterPages(db, { filter, hasCursor: query.afterNumber !== null }, values);
}

/**
 * The chapter page's statement, one per shape (which filter fields are set,
 * whether there is a cursor): its SQL differs only by which conditions it
 * has, and its values are all placeholders.
 */
const chapterPages = preparedQueryPerShape<{ filter: MemberListFilter; hasCursor: boolean }, PagedMemberRow[]>(
  'members_page_of_chapters',
  ({ filter, hasCursor }) =>
    [...(Object.keys(filter) as (keyof MemberListFilter)[]).filter((field) => filter[field] !== null), ...(hasCursor ? ['after'] : [])].join('_'),
  (db, { filter, hasCursor }, statementName) => {
    const after = hasCursor ? afterKey([members.memberNumber], [sql.placeholder('afterNumber')]) : undefined;
    const asked = sql`unnest(${sql.placeholder('chapterIds')}::text[]) with ordinality as asked(chapter_id, position)`;
    const ofChapter = and(
      eq(members.homeChapterId, sql`asked.chapter_id`),
      memberFilter(db, filter, (field) => sql.placeholder(field)),
      after,
    );
    const page = db
      .select()
      .from(members)
      .where(ofChapter)
      .orderBy(asc(members.memberNumber))
      .limit(sql.placeholder('limit'))
      .as('page');
    const matching = db
      .select({ total: sql<number>`cast(count(*) as integer)`.as('total') })
      .from(members)
      .where(ofChapter)
      .as('matching');
    const columns = Object.fromEntries(Object.keys(getTableColumns(members)).map((key) => [key, page[key as keyof typeof page]]));
    // The columns are spread from a subquery, which Drizzle's types cannot
    // follow; the rows are the members' columns and `matching`.
    return db
      .select({ ...columns, matching: matching.total })
      .from(asked)
      .crossJoinLateral(page)
      .crossJoinLateral(matching)
      .orderBy(sql`asked.position`, page.memberNumber)
      .prepare(statementName) as unknown as PreparedStatement<PagedMemberRow[]>;
  },
);

/**
 * How many members of each chapter match the filter (whose chapterId is
 * ignored), in one grouped statement; a chapter without any is absent.
 */
export function countMembersOfChapters(
  db: Database,
  chapterIds: readonly string[],
  filter: MemberListFilter,
): Promise<Array<{ chapterId: string; total: number }>> {
  return db
    .select({ chapterId: members.homeChapterId, total: count() })
    .from(members)
    .where(
      and(inArray(members.homeChapterId, [...chapterIds]), memberFilter(db, { ...filter, chapterId: null })),
    )
    .groupBy(members.homeChapterId);
}

/** How many ACTIVE members call each chapter home; a chapter without any is absent. */
export function countActiveMembersOfChapters(
  db: Database,
  chapterIds: readonly string[],
): Promise<Array<{ chapterId: string; total: number }>> {
  return countMembersOfChapters(db, chapterIds, { ...anyMember, status: 'ACTIVE' });
}
