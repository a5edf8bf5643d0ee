import type { EventHandler } from '../../core/bus/domainEvent.js';
import { earnForFact } from '../commands/earnForFact.js';
import { processedEvents } from '../data/tables.js';
import { loyaltySource } from '../domainEvents.js';
import { instantField, nonNegativeIntegerField, uuidField } from '../payloadFields.js';
import { spendPoints } from '../rules/points.js';

/**
 * benefits.ServiceOrdered {memberId, serviceId, orderId, amountMinor,
 * currency, orderedAt}: the spend counts in the member's value score and
 * earns EARN_SPEND points (one per full 10 yuan), once per order. Amounts
 * are taken as CNY, the club's one currency. An order without a member,
 * an order id or an amount is left alone.
 */
export const onServiceOrdered: EventHandler = {
  consumer: loyaltySource,
  type: 'benefits.ServiceOrdered',
  inbox: processedEvents,
  async handle(tx, event) {
    const memberId = uuidField(event.payload, 'memberId');
    const orderId = uuidField(event.payload, 'orderId');
    const amountMinor = nonNegativeIntegerField(event.payload, 'amountMinor');
    if (memberId === null || orderId === null || amountMinor === null) return;
    const orderedAt = instantField(event.payload, 'orderedAt') ?? new Date(event.occurredAt);

    await earnForFact(tx, {
      fact: { kind: 'SPEND', source: `service-order:${orderId}`, memberId, amount: amountMinor, occurredAt: orderedAt },
      points: spendPoints(amountMinor),
      kind: 'EARN_SPEND',
      reason: 'Points for a value-added service order',
    });
  },
};
