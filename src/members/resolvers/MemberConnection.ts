import { readDirectory } from '../directoryAccess.js';
import type { MemberConnectionResolvers } from '../generated/resolvers.js';

/**
 * A page of members, from Query.members or Chapter.members. Its totalCount is
 * an aggregate anyone may read (how many Gold members Shanghai has); its
 * edges name members, so they resolve only for staff and members, and anyone
 * else gets null for the page with a FORBIDDEN error on `edges`.
 */
export const MemberConnection: MemberConnectionResolvers = {
  edges: (connection, _args, context) => {
    return readDirectory(context, 'MemberConnection.edges', undefined, () => connection.edges);
  },
};
