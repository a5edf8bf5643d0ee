import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../core/context.js';
import { toUuid } from '../../core/ids.js';
import { prefetchSelected } from '../../core/prefetchSelected.js';
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
  member: (_parent, { id }, context, info) => loadMember(toUuid(id, 'id'), context, info),

  /** The viewer's own member record; null for any viewer that is not a member. */
  me: (_parent, _args, context, info) => {
    const { viewer } = context;
    return viewer.role === 'member' ? loadMember(viewer.memberId, context, info) : null;
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

/** A member by id, with the cars and current term the query selects on their way (see prefetchSelected). */
function loadMember(memberId: string, context: RequestContext, info: GraphQLResolveInfo) {
  const loaders = memberLoaders(context);
  prefetchSelected(info, {
    cars: () => loaders.memberCars.load(memberId),
    currentTerm: () => loaders.currentTerm.load(memberId),
  });
  return loaders.member.load(memberId);
}
