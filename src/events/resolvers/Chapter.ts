import { toConnection, toPageSize } from '../../core/pagination.js';
import { eventCursorKey, toEventPosition } from '../cursors.js';
import { draftVisibility } from '../draftVisibility.js';
import { toEventFilter } from '../eventFilter.js';
import type { ChapterResolvers } from '../generated/resolvers.js';
import { eventLoaders } from '../loaders.js';

/**
 * Chapter: owned by the chapters subgraph; the events subgraph adds the
 * chapter's calendar. Key `id`; references resolve to `{ id }` without SQL.
 */
export const Chapter: ChapterResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),

  /**
   * The chapter's events in order of start then id, as a cursor connection.
   * Batched: every chapter asked with the same arguments shares one
   * statement, and so do their counts. Public, like the rest of the calendar,
   * drafts aside (see draftVisibility).
   */
  events: async (chapter, args, context) => {
    const pageSize = toPageSize(args.first);
    const after = toEventPosition(args.after);
    const filter = toEventFilter(args.filter, { forChapter: true, drafts: await draftVisibility(context) });
    const loaders = eventLoaders(context);
    const rows = await loaders.chapterEvents.load({ parentId: chapter.id, args: { filter, after, limit: pageSize + 1 } });
    return toConnection({
      rows,
      pageSize,
      afterCursor: after !== null,
      keyOf: eventCursorKey,
      count: () => loaders.chapterEventCount.load({ parentId: chapter.id, args: filter }),
    });
  },
};
