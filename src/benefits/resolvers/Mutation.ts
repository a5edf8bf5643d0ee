import { applyOnce } from '../../core/idempotency/applyOnce.js';
import { toUuid } from '../../core/ids.js';
import { invariant } from '../../core/invariant.js';
import type { RequestContext } from '../../core/context.js';
import { assertActsForMember, assertStaffActs } from '../access.js';
import { orderService } from '../commands/orderService.js';
import { redeemBenefit } from '../commands/redeemBenefit.js';
import { settleServiceOrder } from '../commands/settleServiceOrder.js';
import { idempotencyKeys } from '../data/tables.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { benefitLoaders } from '../loaders.js';
import type { ServiceOrderOperation } from '../serviceOrderTransitions.js';

/** Reloads a service order committed by a mutation. */
async function committedOrder(context: RequestContext, orderId: string) {
  const order = await benefitLoaders(context).serviceOrder.load(orderId);
  invariant(order, `Service order ${orderId} was committed but cannot be read.`);
  return order;
}

/** Fulfils or cancels an order in its own transaction, once per idempotency key; staff only. */
async function settle(
  context: RequestContext,
  args: { orderId: string; idempotencyKey?: string | null },
  operation: ServiceOrderOperation,
  field: string,
) {
  const orderId = toUuid(args.orderId, 'orderId');
  assertStaffActs(context.viewer, field);
  const settledId = await context.db.transaction((tx) =>
    applyOnce(
      tx,
      idempotencyKeys,
      { key: args.idempotencyKey, viewer: context.viewer, operation: `${operation}ServiceOrder`, input: { orderId } },
      async () => (await settleServiceOrder(tx, { orderId, operation })).id,
    ),
  );
  return committedOrder(context, settledId);
}

/**
 * The benefits subgraph's mutations. Each runs in one transaction with its
 * domain events and its idempotency key; the answer stored for a key is the
 * id of what changed, reloaded after commit.
 */
export const Mutation: MutationResolvers = {
  /**
   * Redeems one allowance of a benefit; the member themself or staff. Errors:
   * BAD_USER_INPUT for a malformed id, FORBIDDEN, NOT_FOUND, CONFLICT
   * ALLOWANCE_USED (see the schema).
   */
  redeemBenefit: async (_parent, args, context) => {
    const memberId = toUuid(args.memberId, 'memberId');
    const benefitId = toUuid(args.benefitId, 'benefitId');
    assertActsForMember(context.viewer, memberId, 'Mutation.redeemBenefit');

    const redemptionId = await context.db.transaction((tx) =>
      applyOnce(
        tx,
        idempotencyKeys,
        { key: args.idempotencyKey, viewer: context.viewer, operation: 'redeemBenefit', input: { memberId, benefitId } },
        async () => (await redeemBenefit(tx, { memberId, benefitId, now: new Date() })).id,
      ),
    );

    const redemption = await benefitLoaders(context).redemption.load(redemptionId);
    invariant(redemption, `Redemption ${redemptionId} was committed but cannot be read.`);
    return redemption;
  },

  /**
   * Orders a value-added service at its list price; the member themself or
   * staff. Errors: BAD_USER_INPUT for a malformed id, FORBIDDEN, NOT_FOUND
   * (see the schema).
   */
  orderService: async (_parent, args, context) => {
    const memberId = toUuid(args.memberId, 'memberId');
    const serviceId = toUuid(args.serviceId, 'serviceId');
    assertActsForMember(context.viewer, memberId, 'Mutation.orderService');

    const orderId = await context.db.transaction((tx) =>
      applyOnce(
        tx,
        idempotencyKeys,
        { key: args.idempotencyKey, viewer: context.viewer, operation: 'orderService', input: { memberId, serviceId } },
        async () => (await orderService(tx, { memberId, serviceId, now: new Date() })).id,
      ),
    );
    return committedOrder(context, orderId);
  },

  /** Marks a PLACED order FULFILLED; staff only. CONFLICT INVALID_TRANSITION otherwise. */
  markServiceOrderFulfilled: (_parent, args, context) => settle(context, args, 'fulfil', 'Mutation.markServiceOrderFulfilled'),

  /** Cancels a PLACED order; staff only. CONFLICT INVALID_TRANSITION otherwise. */
  cancelServiceOrder: (_parent, args, context) => settle(context, args, 'cancel', 'Mutation.cancelServiceOrder'),
};
