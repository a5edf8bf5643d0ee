import { toSlug } from '../../core/ids.js';
import { decodeCursor, toConnection, toPageSize } from '../../core/pagination.js';
import { countChapters, listRegions, pageChapters } from '../data/chapterQueries.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { chapterLoaders } from '../loaders.js';

/** The chapters subgraph's root fields. Everything here is public reference data. */
export const Query: QueryResolvers = {
  /** All regions in display order; never null. */
  regions: (_parent, _args, { db }) => listRegions(db),

  /** A region by slug id; null when unknown, BAD_USER_INPUT when malformed. */
  region: (_parent, { id }, context) => chapterLoaders(context).region.load(toSlug(id, 'id')),

  /** A chapter by slug id; null when unknown, BAD_USER_INPUT when malformed. */
  chapter: (_parent, { id }, context) => chapterLoaders(context).chapter.load(toSlug(id, 'id')),

  /** Chapters in order of id, optionally one region's; a cursor connection. */
  chapters: async (_parent, args, { db }) => {
    const pageSize = toPageSize(args.first);
    const after = decodeCursor(args.after, 1);
    const regionId = args.regionId ? toSlug(args.regionId, 'regionId') : null;
    const rows = await pageChapters(db, { regionId, afterId: after ? String(after[0]) : null, limit: pageSize + 1 });
    return toConnection({
      rows,
      pageSize,
      afterCursor: after !== null,
      keyOf: (row) => [row.id],
      count: () => countChapters(db, regionId),
    });
  },
};
