import { ConflictError } from '../core/errors.js';
import type { ServiceOrderRow } from './data/tables.js';

export type ServiceOrderStatus = ServiceOrderRow['status'];

/** What staff may do to a service order after it is placed. */
export type ServiceOrderOperation = 'fulfil' | 'cancel';

/**
 * The service order lifecycle: an order is PLACED, then FULFILLED or
 * CANCELLED, and stays so. A status missing from an operation's row refuses
 * the operation.
 */
export const serviceOrderTransitions: Readonly<
  Record<ServiceOrderOperation, Readonly<Partial<Record<ServiceOrderStatus, ServiceOrderStatus>>>>
> = {
  fulfil: { PLACED: 'FULFILLED' },
  cancel: { PLACED: 'CANCELLED' },
};

const outcomes: Record<ServiceOrderOperation, string> = { fulfil: 'be fulfilled', cancel: 'be cancelled' };

/**
 * The status `operation` leaves the order in; CONFLICT with reason
 * INVALID_TRANSITION, naming the order's status in the message and in
 * `extensions.status`, when the table does not allow it.
 */
export function serviceOrderTransitionFor(operation: ServiceOrderOperation, order: Pick<ServiceOrderRow, 'id' | 'status'>): ServiceOrderStatus {
  const row = serviceOrderTransitions[operation];
  const to = row[order.status];
  if (to === undefined) {
    throw new ConflictError(`Service order ${order.id} is ${order.status}: only ${Object.keys(row).join(' or ')} orders can ${outcomes[operation]}.`, {
      reason: 'INVALID_TRANSITION',
      status: order.status,
    });
  }
  return to;
}
