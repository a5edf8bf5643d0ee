import type { EventHandler } from '../../core/bus/domainEvent.js';
import { recordStageReached } from '../data/stageQueries.js';
import { processedEvents } from '../data/tables.js';
import { membersSource, type BenefitRedeemed } from '../domainEvents.js';

/** benefits.BenefitRedeemed: a first redemption (or an earlier one than known) marks the member ACTIVATED then. */
export const onBenefitRedeemed: EventHandler<BenefitRedeemed> = {
  consumer: membersSource,
  type: 'benefits.BenefitRedeemed',
  inbox: processedEvents,
  async handle(tx, event) {
    await recordStageReached(tx, event.payload.memberId, 'activatedAt', new Date(event.payload.redeemedAt));
  },
};
