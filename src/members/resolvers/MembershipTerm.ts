import { assertStaffOrSelf } from '../../core/access.js';
import { invariant } from '../../core/invariant.js';
import type { MembershipTermResolvers } from '../generated/resolvers.js';
import { memberLoaders } from '../loaders.js';

/**
 * MembershipTerm: owned by the members subgraph; key `id`. A term is the
 * member's private record. Member.terms and Member.currentTerm check the
 * viewer before listing terms; a term reached by reference checks it here,
 * on the whole term, because every field of a term is private alike.
 */
export const MembershipTerm: MembershipTermResolvers = {
  /** The term row; null when the id names none; FORBIDDEN unless staff or the term's member. */
  __resolveReference: async (reference, context) => {
    const term = await memberLoaders(context).term.load(reference.id);
    if (term === null) return null;
    assertStaffOrSelf(context.viewer, term.memberId, 'MembershipTerm');
    return term;
  },

  /** The term's member; every term has one, enforced by a foreign key. */
  member: async (term, _args, context) => {
    const member = await memberLoaders(context).member.load(term.memberId);
    invariant(member, `Membership term ${term.id} names a member that does not exist.`);
    return member;
  },

  /** A reference the loyalty subgraph resolves. */
  feePlan: (term) => ({ id: term.feePlanId }),

  dues: (term) => ({ amountMinor: term.duesMinor, currency: term.currency }),
};
