import { toUuid } from '../../core/ids.js';
import { toConnection, toPageSize } from '../../core/pagination.js';
import { toMemberCursor, toMemberListFilter } from '../arguments.js';
import { countMembers, pageMembers } from '../data/memberQueries.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { memberLoaders } from '../loaders.js';

/**
 * The members subgraph's root fields. A list's totalCount is for anyone, its
 * edges only for staff and members (see MemberConnection), so nobody outside
 * the club can enumerate it; a member known by id resolves for anyone, and
 * each field guards itself (see Member), whichever root reached it: a
 * look-up by id gives a viewer outside the club no name, as a list does not.
 */
export const Query: QueryResolvers = {
  /** A member by UUID; null when unknown, BAD_USER_INPUT when malformed. */
  member: (_parent, { id }, context) => memberLoaders(context).member.load(toUuid(id, 'id')),

  /** The viewer's own member record; null for any viewer that is not a member. */
  me: (_parent, _args, context) => {
    const { viewer } = context;
    return viewer.role === 'member' ? memberLoaders(context).member.load(viewer.memberId) : null;
  },

  /**
   * Members in order of member number, narrowed by the filter; a cursor
   * connection whose totalCount counts with the same filter, only when asked.
   */
  members: async (_parent, args, { db }) => {
    const pageSize = toPageSize(args.first);
    const afterNumber = toMemberCursor(args.after);
    const filter = toMemberListFilter(args.filter, { withChapter: true });
    const rows = await pageMembers(db, { filter, afterNumber, limit: pageSize + 1 });
    return toConnection({
      rows,
      pageSize,
      afterCursor: afterNumber !== null,
      keyOf: (row) => [row.memberNumber],
      count: () => countMembers(db, filter),
    });
  },
};
