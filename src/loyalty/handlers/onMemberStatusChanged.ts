import type { EventHandler } from '../../core/bus/domainEvent.js';
import { recordMemberStatus } from '../data/memberStatusQueries.js';
import { processedEvents } from '../data/tables.js';
import { loyaltySource } from '../domainEvents.js';
import { instantField, textField, uuidField } from '../payloadFields.js';

/**
 * members.MemberStatusChanged {memberId, fromStatus, toStatus, reason,
 * effectiveAt}: keeps the member's status copy, by which the half-year
 * review leaves churned members out; a change older than the copy is
 * ignored.
 */
export const onMemberStatusChanged: EventHandler = {
  consumer: loyaltySource,
  type: 'members.MemberStatusChanged',
  inbox: processedEvents,
  async handle(tx, event) {
    const memberId = uuidField(event.payload, 'memberId');
    const status = textField(event.payload, 'toStatus');
    if (memberId === null || status === null) return;

    await recordMemberStatus(tx, {
      memberId,
      status: status.toUpperCase(),
      effectiveAt: instantField(event.payload, 'effectiveAt') ?? new Date(event.occurredAt),
    });
  },
};
