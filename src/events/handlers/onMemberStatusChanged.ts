import type { EventHandler } from '../../core/bus/domainEvent.js';
import { recordMemberStatus } from '../data/memberCopyQueries.js';
import { processedEvents } from '../data/tables.js';
import { eventsSource, type MemberStatusChanged } from '../domainEvents.js';

/**
 * members.MemberStatusChanged: keeps the member's status copy; only ACTIVE
 * members register. A change older than the copy is ignored.
 */
export const onMemberStatusChanged: EventHandler<MemberStatusChanged> = {
  consumer: eventsSource,
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
