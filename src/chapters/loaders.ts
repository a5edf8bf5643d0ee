import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../core/batch.js';
import type { Database } from '../core/database/database.js';
import { requestScoped } from '../core/requestScoped.js';
import { findChapters, findChaptersOfRegions, findLeadsOfChapters, findRegions } from './data/chapterQueries.js';
import type { ChapterLeadRow, ChapterRow, RegionRow } from './data/tables.js';

/** Regions by id; null for an id that names none. */
export function createRegionLoader(db: Database) {
  return new DataLoader<string, RegionRow | null>(async (ids) => oneByKey(ids, await findRegions(db, ids), (row) => row.id));
}

/** Chapters by id; null for an id that names none. */
export function createChapterLoader(db: Database) {
  return new DataLoader<string, ChapterRow | null>(async (ids) => oneByKey(ids, await findChapters(db, ids), (row) => row.id));
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
export const chapterLoaders = requestScoped(({ db }) => ({
  region: createRegionLoader(db),
  chapter: createChapterLoader(db),
  regionChapters: createRegionChaptersLoader(db),
  chapterLeads: createChapterLeadsLoader(db),
}));
