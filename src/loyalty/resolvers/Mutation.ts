import { applyOnce } from '../../core/idempotency/applyOnce.js';
import { toUuid } from '../../core/ids.js';
import { invariant } from '../../core/invariant.js';
import type { RequestContext } from '../../core/context.js';
import { assertActsForMember, assertStaffActs } from '../access.js';
import {
  assertNotFuture,
  chinaToday,
  toCalendarDate,
  toPositivePoints,
  toReason,
  toSignedPoints,
} from '../arguments.js';
import { bookMemberPoints } from '../commands/bookMemberPoints.js';
import { expirePoints } from '../commands/expirePoints.js';
import { idempotencyKeys, type PointsEntryKind, type PointsEntryRow } from '../data/tables.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { loyaltyLoaders } from '../loaders.js';

/**
 * Books a ledger line in one transaction under the client's idempotency key
 * and returns it, reloaded after commit. The answer stored for a key is the
 * entry's id.
 */
async function bookOnce(
  context: RequestContext,
  operation: string,
  idempotencyKey: string | null | undefined,
  request: { memberId: string; points: number; kind: PointsEntryKind; reason: string },
): Promise<PointsEntryRow> {
  const entryId = await context.db.transaction((tx) =>
    applyOnce(tx, idempotencyKeys, { key: idempotencyKey, viewer: context.viewer, operation, input: { ...request } }, async () =>
      (await bookMemberPoints(tx, request)).id,
    ),
  );
  const entry = await loyaltyLoaders(context).pointsEntry.load(entryId);
  invariant(entry, `Points entry ${entryId} was committed but cannot be read.`);
  return entry;
}

/**
 * The loyalty subgraph's mutations. Each runs in one transaction with its
 * domain events and its idempotency key.
 */
export const Mutation: MutationResolvers = {
  /**
   * Books earned points; staff only. Errors: FORBIDDEN, BAD_USER_INPUT
   * (`memberId`, `points`, `reason`), NOT_FOUND (no standing).
   */
  earnPoints: async (_parent, args, context) => {
    assertStaffActs(context.viewer, 'Mutation.earnPoints');
    const memberId = toUuid(args.memberId, 'memberId');
    const points = toPositivePoints(args.points);
    const reason = toReason(args.reason);
    return bookOnce(context, 'earnPoints', args.idempotencyKey, { memberId, points, kind: args.kind, reason });
  },

  /**
   * Spends points; staff or the member themself. Errors: FORBIDDEN,
   * BAD_USER_INPUT, NOT_FOUND, CONFLICT INSUFFICIENT_POINTS.
   */
  spendPoints: async (_parent, args, context) => {
    const memberId = toUuid(args.memberId, 'memberId');
    assertActsForMember(context.viewer, memberId, 'Mutation.spendPoints');
    const points = toPositivePoints(args.points);
    const reason = toReason(args.reason);
    return bookOnce(context, 'spendPoints', args.idempotencyKey, { memberId, points: -points, kind: args.kind, reason });
  },

  /**
   * Adjusts points by a signed amount with a reason; staff only. Errors:
   * FORBIDDEN, BAD_USER_INPUT, NOT_FOUND, CONFLICT INSUFFICIENT_POINTS.
   */
  adjustPoints: async (_parent, args, context) => {
    assertStaffActs(context.viewer, 'Mutation.adjustPoints');
    const memberId = toUuid(args.memberId, 'memberId');
    const points = toSignedPoints(args.points);
    const reason = toReason(args.reason);
    return bookOnce(context, 'adjustPoints', args.idempotencyKey, { memberId, points, kind: 'ADJUSTMENT', reason });
  },

  /**
   * Runs the points expiry as of a day (today in China by default); staff
   * only. Never null. Errors: FORBIDDEN, BAD_USER_INPUT (`asOf` in the future).
   */
  expirePoints: async (_parent, args, context) => {
    assertStaffActs(context.viewer, 'Mutation.expirePoints');
    const asOf = assertNotFuture(args.asOf == null ? chinaToday() : toCalendarDate(args.asOf, 'asOf'), 'asOf');
    return context.db.transaction((tx) =>
      applyOnce(tx, idempotencyKeys, { key: args.idempotencyKey, viewer: context.viewer, operation: 'expirePoints', input: { asOf } }, () =>
        expirePoints(tx, asOf),
      ),
    );
  },
};
