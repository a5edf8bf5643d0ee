import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../core/batch.js';
import type { Database } from '../core/database/database.js';
import { requestScoped } from '../core/requestScoped.js';
import { findChaptersOfRegions, findChaptersWithRegions, findLeadsOfChapters, findRegions } from './data/chapterQueries.js';
import type { ChapterLeadRow, ChapterRow, RegionRow } from './data/tables.js';

/** Regions by id; null for an id that names none. */
export function createRegionLoader(db: Database) {
  return new DataLoader<string, RegionRow | null>(async (ids) => oneByKey(ids, await findRegions(db, ids), (row) => row.id));
}

/**
 * Chapters by id; null for an id that names none. Each chapter is read with
 * its region, which primes `regions`: the region of a chapter loaded here
 * then costs no statement of its own.
 */
export function createChapterLoader(db: Database, regions: DataLoader<string, RegionRow | null>) {
  return new DataLoader<string, ChapterRow | null>(async (ids) => {
    const rows = await findChaptersWithRegions(db, ids);
    for (const { region } of rows) regions.prime(region.id, region);
    return oneByKey(
      ids,
      rows.map((row) => row.chapter),
      (row) => row.id,
    );
  });
}

/** Each region's chapters, in order of id. */
export function createRegionChaptersLoader(db: Database) {
  return new DataLoader<string, ChapterRow[]>(async (ids) =>
    manyByKey(ids, await findChaptersOfRegions(db, ids), (row) => row.regionId),
  );
}

/** Each chapter's leads, in role order. */
export function createChapterLeadsLoader(db: Database) {
  return new DataLoader<string, ChapterLeadRow[]>(async (ids) =>
    manyByKey(ids, await findLeadsOfChapters(db, ids), (row) => row.chapterId),
  );
}

/** The chapters subgraph's loaders for one request. */
export const chapterLoaders = requestScoped(({ db }) => {
  const region = createRegionLoader(db);
  return {
    region,
    chapter: createChapterLoader(db, region),
    regionChapters: createRegionChaptersLoader(db),
    chapterLeads: createChapterLeadsLoader(db),
  };
});
