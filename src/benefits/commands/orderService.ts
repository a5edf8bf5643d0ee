import { randomUUID } from 'node:crypto';
import { recordEvent } from '../../core/bus/recordEvent.js';
import type { Database } from '../../core/database/database.js';
import { NotFoundError } from '../../core/errors.js';
import { assertMemberActive } from '../assertMemberActive.js';
import { lockMemberTier } from '../data/memberTierQueries.js';
import { findServices, insertServiceOrder } from '../data/serviceQueries.js';
import type { ServiceOrderRow } from '../data/tables.js';
import { benefitsSource, type ServiceOrdered } from '../domainEvents.js';

/**
 * Orders a value-added service at its list price inside the caller's
 * transaction and returns the order, PLACED and paid in money. The member's
 * tier copy is the sign that the id names an admitted member; it is locked
 * as for a redemption, so a member's purchases are written one after the
 * other. Records ServiceOrdered, which marks the member MONETISED and earns
 * spend points.
 */
export async function orderService(
  tx: Database,
  request: { memberId: string; serviceId: string; now: Date },
): Promise<ServiceOrderRow> {
  const [service] = await findServices(tx, [request.serviceId]);
  if (!service) {
    throw new NotFoundError(`No service has id "${request.serviceId}".`, { argument: 'serviceId' });
  }

  const standing = await lockMemberTier(tx, request.memberId);
  if (!standing) {
    throw new NotFoundError(`No member with a tier has id "${request.memberId}".`, { argument: 'memberId' });
  }
  await assertMemberActive(tx, request.memberId, 'order services');

  const order: ServiceOrderRow = {
    id: randomUUID(),
    memberId: request.memberId,
    serviceId: service.id,
    amountMinor: service.priceMinor,
    currency: service.currency,
    orderedAt: request.now,
    status: 'PLACED',
  };
  await insertServiceOrder(tx, order);

  const payload: ServiceOrdered = {
    memberId: order.memberId,
    serviceId: order.serviceId,
    orderId: order.id,
    amountMinor: order.amountMinor,
    currency: order.currency,
    orderedAt: order.orderedAt.toISOString(),
  };
  await recordEvent(tx, { type: 'benefits.ServiceOrdered', source: benefitsSource, payload: { ...payload } });
  return order;
}
