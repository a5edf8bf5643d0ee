import type { EventHandler } from '../../core/bus/domainEvent.js';
import { recordMemberTier } from '../data/memberCopyQueries.js';
import { processedEvents } from '../data/tables.js';
import { eventsSource, type TierChanged } from '../domainEvents.js';

/**
 * loyalty.TierChanged: keeps the member's tier copy that registration checks
 * against an event's minimum tier. A change older than the copy is ignored.
 */
export const onTierChanged: EventHandler<TierChanged> = {
  consumer: eventsSource,
  type: 'loyalty.TierChanged',
  inbox: processedEvents,
  async handle(tx, event) {
    await recordMemberTier(tx, {
      memberId: event.payload.memberId,
      // Tier ids are lowercase slugs ("gold"); a producer sending the code
      // ("GOLD") still names the same tier.
      tierId: event.payload.toTier.toLowerCase(),
      effectiveOn: event.payload.effectiveOn,
      changedAt: new Date(event.occurredAt),
    });
  },
};
