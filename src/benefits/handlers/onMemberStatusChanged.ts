import type { EventHandler } from '../../core/bus/domainEvent.js';
import { recordMemberStatus } from '../data/memberStatusQueries.js';
import { processedEvents } from '../data/tables.js';
import { benefitsSource, type MemberStatusChanged } from '../domainEvents.js';

/**
 * members.MemberStatusChanged: keeps the member's status copy that
 * redemptions and orders check; a change older than the copy is ignored.
 */
export const onMemberStatusChanged: EventHandler<MemberStatusChanged> = {
  consumer: benefitsSource,
  type: 'members.MemberStatusChanged',
  inbox: processedEvents,
  async handle(tx, event) {
    await recordMemberStatus(tx, {
      memberId: event.payload.memberId,
      status: event.payload.toStatus.toUpperCase(),
      effectiveAt: new Date(event.payload.effectiveAt),
    });
  },
};
