import { invariant } from '../../core/invariant.js';
import type { StatusChangeResolvers } from '../generated/resolvers.js';
import { memberLoaders } from '../loaders.js';

/**
 * StatusChange: owned by the members subgraph; a fact of a member's private
 * record, reached through Member.statusHistory (which checks access) or a
 * lifecycle mutation's answer. `reason` and `effectiveAt` are the row's own.
 */
export const StatusChange: StatusChangeResolvers = {
  /** The member; never null, a foreign key guarantees it. */
  member: async (change, _args, context) => {
    const member = await memberLoaders(context).member.load(change.memberId);
    invariant(member, `Status change ${change.id} names a member that does not exist.`);
    return member;
  },

  /** The status before; null for the member's first. */
  from: (change) => change.fromStatus,

  /** The status after. */
  to: (change) => change.toStatus,
};
