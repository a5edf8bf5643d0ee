import { assertStaffOrSelf } from '../../core/access.js';
import { invariant } from '../../core/invariant.js';
import { toConnection, toPageSize } from '../../core/pagination.js';
import { toGraphQLInt } from '../../core/toGraphQLInt.js';
import type { MemberResolvers } from '../generated/resolvers.js';
import { ledgerKeyOf, toLedgerPosition } from '../ledgerCursor.js';
import { loyaltyLoaders } from '../loaders.js';

/**
 * Member: owned by the members subgraph (key `id`); the loyalty subgraph adds
 * the tier, the value score, the points balance and ledger, and the tier
 * history. The tier is public. Everything else is the member's private
 * record: staff and the member themself only, FORBIDDEN on that field alone
 * (the fields are nullable so the rest of the member still resolves).
 */
export const Member: MemberResolvers = {
  /** Loyalty only extends Member, so a reference is taken as it is, without SQL. */
  __resolveReference: (reference) => ({ id: reference.id }),

  /** The member's current tier; null when the member has no standing (a prospect). Public. */
  tier: async (member, _args, context) => {
    const loaders = loyaltyLoaders(context);
    const standing = await loaders.standing.load(member.id);
    if (!standing) return null;
    const tier = await loaders.tier.load(standing.tierId);
    invariant(tier, `The standing of member ${member.id} names a tier that does not exist.`);
    return tier;
  },

  /**
   * The value score over the twelve months ending today, batched across
   * members; 0 without facts (prospects). Staff and the member only.
   */
  valueScore: async (member, _args, context) => {
    assertStaffOrSelf(context.viewer, member.id, 'Member.valueScore');
    return loyaltyLoaders(context).valueScore.load(member.id);
  },

  /** The sum of the whole ledger; 0 when it is empty. Staff and the member only. */
  pointsBalance: async (member, _args, context) => {
    assertStaffOrSelf(context.viewer, member.id, 'Member.pointsBalance');
    const totals = await loyaltyLoaders(context).ledgerTotals.load(member.id);
    return toGraphQLInt(totals.balance, `The points balance of member ${member.id}`);
  },

  /**
   * A page of the ledger, newest first (occurred_at desc, id desc), with
   * keyset cursors; batched across members. Staff and the member only.
   */
  pointsLedger: async (member, args, context) => {
    assertStaffOrSelf(context.viewer, member.id, 'Member.pointsLedger');
    const pageSize = toPageSize(args.first);
    const after = toLedgerPosition(args.after);
    const loaders = loyaltyLoaders(context);

    // One row beyond the page says whether another page follows.
    const rows = await loaders.ledgerPage.load({ memberId: member.id, after, limit: pageSize + 1 });
    return toConnection({
      rows,
      pageSize,
      afterCursor: after !== null,
      keyOf: (row) => ledgerKeyOf(row.position),
      count: async () => (await loaders.ledgerTotals.load(member.id)).entries,
    });
  },

  /** Every tier change, newest first; empty when none. Staff and the member only. */
  tierHistory: async (member, _args, context) => {
    assertStaffOrSelf(context.viewer, member.id, 'Member.tierHistory');
    return loyaltyLoaders(context).tierHistory.load(member.id);
  },
};
