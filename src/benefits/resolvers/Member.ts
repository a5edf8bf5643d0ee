import { assertStaffOrSelf } from '../../core/access.js';
import { toPageSize } from '../../core/pagination.js';
import type { MemberResolvers } from '../generated/resolvers.js';
import { benefitLoaders } from '../loaders.js';

/**
 * Member: owned by the members subgraph, key `id`; the benefits subgraph adds
 * the member's redemptions and service orders. Both are the member's private
 * record: staff and the member themself may read them; anyone else gets null
 * with FORBIDDEN on that field alone (the fields are nullable for that).
 */
export const Member: MemberResolvers = {
  /**
   * Members are the members subgraph's rows: the reference is all this subgraph
   * needs, so no SQL.
   */
  __resolveReference: (reference) => ({ id: reference.id }),

  /**
   * The newest `first` redemptions (50 by default, 500 at most), newest first;
   * one statement for all members.
   */
  redemptions: (member, { first }, context) => {
    assertStaffOrSelf(context.viewer, member.id, 'Member.redemptions');
    return benefitLoaders(context).memberRedemptions.load({ memberId: member.id, first: toPageSize(first) });
  },

  /**
   * The newest `first` service orders (50 by default, 500 at most), newest
   * first; one statement for all members.
   */
  serviceOrders: (member, { first }, context) => {
    assertStaffOrSelf(context.viewer, member.id, 'Member.serviceOrders');
    return benefitLoaders(context).memberServiceOrders.load({ memberId: member.id, first: toPageSize(first) });
  },
};
