import type { EventHandler } from '../../core/bus/domainEvent.js';
import { earnForFact } from '../commands/earnForFact.js';
import { processedEvents } from '../data/tables.js';
import { loyaltySource } from '../domainEvents.js';
import { instantField, uuidField } from '../payloadFields.js';
import { attendancePoints } from '../rules/points.js';

/**
 * events.MemberCheckedIn {registrationId, eventId, memberId, checkedInAt}:
 * the attendance counts in the member's value score and earns
 * EARN_ATTENDANCE points, once per registration.
 */
export const onMemberCheckedIn: EventHandler = {
  consumer: loyaltySource,
  type: 'events.MemberCheckedIn',
  inbox: processedEvents,
  async handle(tx, event) {
    const memberId = uuidField(event.payload, 'memberId');
    const registrationId = uuidField(event.payload, 'registrationId');
    if (memberId === null || registrationId === null) return;
    const checkedInAt = instantField(event.payload, 'checkedInAt') ?? new Date(event.occurredAt);

    await earnForFact(tx, {
      fact: { kind: 'ATTENDANCE', source: `registration:${registrationId}`, memberId, amount: 1, occurredAt: checkedInAt },
      points: attendancePoints,
      kind: 'EARN_ATTENDANCE',
      reason: 'Points for attending an event',
    });
  },
};
