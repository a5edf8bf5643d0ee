import type { EventHandler } from '../../core/bus/domainEvent.js';
import { recordStageReached } from '../data/stageQueries.js';
import { processedEvents } from '../data/tables.js';
import { membersSource, type ServiceOrdered } from '../domainEvents.js';

/**
 * benefits.ServiceOrdered: a first paid value-added service (or an earlier
 * one than known) marks the member MONETISED then. A later cancellation of
 * the order does not undo it: the stage records a first purchase.
 */
export const onServiceOrdered: EventHandler<ServiceOrdered> = {
  consumer: membersSource,
  type: 'benefits.ServiceOrdered',
  inbox: processedEvents,
  async handle(tx, event) {
    await recordStageReached(tx, event.payload.memberId, 'monetisedAt', new Date(event.payload.orderedAt));
  },
};
