import type { PointsEntryResolvers } from '../generated/resolvers.js';

/**
 * One ledger line. It is reached through Member.pointsLedger, which has
 * checked that the viewer may see it, or as the answer of a points mutation.
 */
export const PointsEntry: PointsEntryResolvers = {
  /** The member whose ledger holds the line, as a reference; never null. */
  member: (entry) => ({ id: entry.memberId }),
};
