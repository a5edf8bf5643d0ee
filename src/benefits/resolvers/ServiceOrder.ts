import { invariant } from '../../core/invariant.js';
import type { ServiceOrderResolvers } from '../generated/resolvers.js';
import { benefitLoaders } from '../loaders.js';

/**
 * ServiceOrder: owned by the benefits subgraph; key `id`. A member's private
 * record: it is reached through `Member.serviceOrders`, which checks access.
 */
export const ServiceOrder: ServiceOrderResolvers = {
  /** Loads the order; null when no order has the id. */
  __resolveReference: (reference, context) => benefitLoaders(context).serviceOrder.load(reference.id),

  /** A reference the members subgraph resolves. */
  member: (order) => ({ id: order.memberId }),

  /** The service bought; never null, a foreign key guarantees it. */
  service: async (order, _args, context) => {
    const service = await benefitLoaders(context).service.load(order.serviceId);
    invariant(service, `Service order ${order.id} names service ${order.serviceId}, which does not exist.`);
    return service;
  },

  /** What the member paid, which may differ from today's list price; never null. */
  amount: (order) => ({ amountMinor: order.amountMinor, currency: order.currency }),
};
