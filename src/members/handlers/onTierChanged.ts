import type { EventHandler } from '../../core/bus/domainEvent.js';
import { processedEvents, tierCode } from '../data/tables.js';
import { recordTierCopy, type TierCode } from '../data/tierCopyQueries.js';
import { membersSource, type TierChanged } from '../domainEvents.js';

function isTierCode(value: string): value is TierCode {
  return (tierCode.enumValues as readonly string[]).includes(value);
}

/**
 * loyalty.TierChanged: keeps the tier copy that member lists filter by. Tier
 * ids are lowercase slugs ("gold") and the copy holds the code ("GOLD"). A
 * change older than the copy is ignored. A tier this subgraph does not know
 * breaks the contract: the handler fails, and the bus keeps the delivery and
 * logs it on every retry until the tiers are migrated here too.
 */
export const onTierChanged: EventHandler<TierChanged> = {
  consumer: membersSource,
  type: 'loyalty.TierChanged',
  inbox: processedEvents,
  async handle(tx, event) {
    const code = event.payload.toTier.toUpperCase();
    if (!isTierCode(code)) throw new Error(`loyalty.TierChanged names tier "${event.payload.toTier}", which the members subgraph does not know.`);
    await recordTierCopy(tx, {
      memberId: event.payload.memberId,
      tierCode: code,
      effectiveOn: event.payload.effectiveOn,
      changedAt: new Date(event.occurredAt),
    });
  },
};
