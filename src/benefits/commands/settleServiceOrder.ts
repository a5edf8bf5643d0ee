import type { Database } from '../../core/database/database.js';
import { NotFoundError } from '../../core/errors.js';
import { lockServiceOrder, setServiceOrderStatus } from '../data/serviceQueries.js';
import type { ServiceOrderRow } from '../data/tables.js';
import { serviceOrderTransitionFor, type ServiceOrderOperation } from '../serviceOrderTransitions.js';

/**
 * Marks a PLACED order FULFILLED or CANCELLED inside the caller's
 * transaction and returns it. The order is locked first, so of two staff
 * settling one order at once, the second sees the first's outcome and is
 * refused.
 */
export async function settleServiceOrder(
  tx: Database,
  request: { orderId: string; operation: ServiceOrderOperation },
): Promise<ServiceOrderRow> {
  const order = await lockServiceOrder(tx, request.orderId);
  if (!order) throw new NotFoundError(`No service order has id "${request.orderId}".`, { argument: 'orderId' });
  const to = serviceOrderTransitionFor(request.operation, order);
  return setServiceOrderStatus(tx, order.id, to);
}
