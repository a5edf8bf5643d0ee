import { toConnection, toPageSize } from '../../core/pagination.js';
import { toMemberCursor, toMemberListFilter } from '../arguments.js';
import type { ChapterResolvers } from '../generated/resolvers.js';
import { memberLoaders } from '../loaders.js';

/**
 * Chapter: owned by the chapters subgraph; key `id`. The members subgraph
 * adds its members list and active member count, both batched across
 * chapters.
 */
export const Chapter: ChapterResolvers = {
  /** The members subgraph only extends Chapter: a reference is its key, with no SQL. */
  __resolveReference: (reference) => ({ id: reference.id }),

  /**
   * The chapter's members in order of member number, narrowed by the filter
   * (its chapterId is ignored); a cursor connection. Every chapter of a
   * response asking with the same arguments shares one statement, and one
   * more for totalCount when it is selected.
   */
  members: async (chapter, args, context) => {
    const loaders = memberLoaders(context);
    const pageSize = toPageSize(args.first);
    const afterNumber = toMemberCursor(args.after);
    const filter = toMemberListFilter(args.filter, { withChapter: false });
    const rows = await loaders.chapterMembers.load({
      chapterId: chapter.id,
      query: { filter, afterNumber, limit: pageSize + 1 },
    });
    return toConnection({
      rows,
      pageSize,
      afterCursor: afterNumber !== null,
      keyOf: (row) => [row.memberNumber],
      count: () => loaders.chapterMemberCount.load({ chapterId: chapter.id, filter }),
    });
  },

  /** How many ACTIVE members call the chapter home; 0 when none do. */
  activeMemberCount: (chapter, _args, context) => memberLoaders(context).activeMemberCount.load(chapter.id),
};
