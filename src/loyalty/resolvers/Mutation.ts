import type { RequestContext } from '../../core/context.js';
import { applyOnce } from '../../core/idempotency/applyOnce.js';
import { toSlug, toUuid } from '../../core/ids.js';
import { invariant } from '../../core/invariant.js';
import { toGraphQLInt } from '../../core/toGraphQLInt.js';
import { assertActsForMember, assertStaffActs } from '../access.js';
import {
  assertNotFuture,
  chinaToday,
  toCalendarDate,
  toHalfYearArgument,
  toPositivePoints,
  toReason,
  toReviewAsOf,
  toSignedPoints,
} from '../arguments.js';
import { bookMemberPoints } from '../commands/bookMemberPoints.js';
import { expirePoints } from '../commands/expirePoints.js';
import { setMemberTier } from '../commands/setMemberTier.js';
import { applyTierReview } from '../commands/tierReview.js';
import { findTierReviews } from '../data/reviewQueries.js';
import { findTierChanges } from '../data/standingQueries.js';
import { idempotencyKeys, type PointsEntryKind, type PointsEntryRow } from '../data/tables.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { loyaltyLoaders } from '../loaders.js';
import { appliedReviewOf } from '../tierReviewModel.js';

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
    const expiry = await context.db.transaction((tx) =>
      applyOnce(tx, idempotencyKeys, { key: args.idempotencyKey, viewer: context.viewer, operation: 'expirePoints', input: { asOf } }, () =>
        expirePoints(tx, asOf),
      ),
    );
    return { ...expiry, points: toGraphQLInt(expiry.points, `The points expired as of ${asOf}`) };
  },

  /**
   * Applies a half-year review once; a second application changes nothing
   * and answers the first. Never null. Staff only; errors as the preview.
   */
  applyTierReview: async (_parent, args, context) => {
    assertStaffActs(context.viewer, 'Mutation.applyTierReview');
    const half = toHalfYearArgument(args.half);
    const asOf = toReviewAsOf(half, args.asOf);
    await context.db.transaction((tx) =>
      applyOnce(
        tx,
        idempotencyKeys,
        { key: args.idempotencyKey, viewer: context.viewer, operation: 'applyTierReview', input: { half: half.half, asOf } },
        async () => {
          await applyTierReview(tx, { half, asOf, appliedAt: new Date() });
          return half.half;
        },
      ),
    );
    const [applied] = await findTierReviews(context.db, [half.half]);
    invariant(applied, `The tier review of ${half.half} was committed but cannot be read.`);
    return appliedReviewOf(applied);
  },

  /**
   * Sets a member's tier as a staff decision, effective today in China.
   * Never null. Staff only; errors BAD_USER_INPUT, NOT_FOUND, CONFLICT SAME_TIER.
   */
  setMemberTier: async (_parent, args, context) => {
    assertStaffActs(context.viewer, 'Mutation.setMemberTier');
    const memberId = toUuid(args.memberId, 'memberId');
    const tierId = toSlug(args.tierId, 'tierId');
    const note = toReason(args.reason);
    const changeId = await context.db.transaction((tx) =>
      applyOnce(
        tx,
        idempotencyKeys,
        { key: args.idempotencyKey, viewer: context.viewer, operation: 'setMemberTier', input: { memberId, tierId, note } },
        async () => (await setMemberTier(tx, { memberId, tierId, note, effectiveOn: chinaToday(), now: new Date() })).id,
      ),
    );
    const [change] = await findTierChanges(context.db, [changeId]);
    invariant(change, `Tier change ${changeId} was committed but cannot be read.`);
    return change;
  },
};
