import { invariant } from '../../core/invariant.js';
import type { MembershipChangeResolvers } from '../generated/resolvers.js';
import { memberLoaders } from '../loaders.js';

/**
 * What a lifecycle mutation did, loaded after its transaction committed. It
 * is returned only to a viewer the mutation allowed, so it checks no access
 * itself; the member's own fields guard themselves.
 */
export const MembershipChange: MembershipChangeResolvers = {
  /** The member as they stand now; never null, the mutation committed it. */
  member: async (change, _args, context) => {
    const member = await memberLoaders(context).member.load(change.memberId);
    invariant(member, `Member ${change.memberId} was committed but cannot be read.`);
    return member;
  },

  /** The status change recorded, or null when the status stayed. */
  statusChange: (change, _args, context) =>
    change.statusChangeId === null ? null : memberLoaders(context).statusChange.load(change.statusChangeId),

  /** The term touched, or null when none was. */
  term: (change, _args, context) => (change.termId === null ? null : memberLoaders(context).term.load(change.termId)),
};
