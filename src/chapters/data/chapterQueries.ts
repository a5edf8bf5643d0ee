import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { equalsAny, preparedQuery } from '../../core/database/preparedQuery.js';
import { afterKey } from '../../core/pagination.js';
import { chapterLeads, chapters, regions, type ChapterLeadRow, type ChapterRow, type RegionRow } from './tables.js';

/** All regions in their display order. */
export function listRegions(db: Database): Promise<RegionRow[]> {
  return db.select().from(regions).orderBy(asc(regions.position));
}

export function findRegions(db: Database, ids: readonly string[]): Promise<RegionRow[]> {
  return db.select().from(regions).where(inArray(regions.id, [...ids]));
}

/**
 * Chapters by id, each with its region, in one statement; unknown ids have
 * no row. A chapter is rarely shown without its region.
 */
export function findChaptersWithRegions(
  db: Database,
  ids: readonly string[],
): Promise<Array<{ chapter: ChapterRow; region: RegionRow }>> {
  return chaptersWithRegionsById(db, { ids });
}

const chaptersWithRegionsById = preparedQuery((db) =>
  db
    .select({ chapter: chapters, region: regions })
    .from(chapters)
    .innerJoin(regions, eq(regions.id, chapters.regionId))
    .where(equalsAny(chapters.id, 'ids'))
    .prepare('chapters_with_regions_by_id'),
);

/** The chapters of several regions at once, each region's in order of id. */
export function findChaptersOfRegions(db: Database, regionIds: readonly string[]): Promise<ChapterRow[]> {
  return db
    .select()
    .from(chapters)
    .where(inArray(chapters.regionId, [...regionIds]))
    .orderBy(asc(chapters.regionId), asc(chapters.id));
}

/** The leads of several chapters at once, in role order then start date. */
export function findLeadsOfChapters(db: Database, chapterIds: readonly string[]): Promise<ChapterLeadRow[]> {
  return db
    .select()
    .from(chapterLeads)
    .where(inArray(chapterLeads.chapterId, [...chapterIds]))
    .orderBy(asc(chapterLeads.chapterId), asc(chapterLeads.role), asc(chapterLeads.since), asc(chapterLeads.memberId));
}

export interface ChapterPageQuery {
  regionId: string | null;
  afterId: string | null;
  limit: number;
}

function chapterFilter(regionId: string | null): SQL | undefined {
  return regionId ? eq(chapters.regionId, regionId) : undefined;
}

/** One page of chapters in order of id. */
export function pageChapters(db: Database, query: ChapterPageQuery): Promise<ChapterRow[]> {
  const after = query.afterId === null ? undefined : afterKey([chapters.id], [query.afterId]);
  return db
    .select()
    .from(chapters)
    .where(and(chapterFilter(query.regionId), after))
    .orderBy(asc(chapters.id))
    .limit(query.limit);
}

export async function countChapters(db: Database, regionId: string | null): Promise<number> {
  const [row] = await db.select({ total: count() }).from(chapters).where(chapterFilter(regionId));
  return row?.total ?? 0;
}


/** Gives a member a role; false when the member holds that role in the chapter already. */
export async function insertLead(tx: Database, row: ChapterLeadRow): Promise<boolean> {
  const inserted = await tx.insert(chapterLeads).values(row).onConflictDoNothing().returning({ memberId: chapterLeads.memberId });
  return inserted.length > 0;
}

/** Takes a role from a member and returns it as it was held; null when the member does not hold it. */
export async function deleteLead(
  tx: Database,
  lead: Pick<ChapterLeadRow, 'chapterId' | 'memberId' | 'role'>,
): Promise<ChapterLeadRow | null> {
  const [row] = await tx
    .delete(chapterLeads)
    .where(and(eq(chapterLeads.chapterId, lead.chapterId), eq(chapterLeads.memberId, lead.memberId), eq(chapterLeads.role, lead.role)))
    .returning();
  return row ?? null;
}
