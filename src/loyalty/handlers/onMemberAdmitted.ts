import type { EventHandler } from '../../core/bus/domainEvent.js';
import { admitMember } from '../commands/admitMember.js';
import { processedEvents } from '../data/tables.js';
import { loyaltySource } from '../domainEvents.js';
import { dateField, textField, uuidField } from '../payloadFields.js';
import { chinaDateOf } from '../rules/clubCalendar.js';

/**
 * members.MemberAdmitted {memberId, feePlanId, termId, admittedOn,
 * referrerId|null}: a prospect became active for the first time. Loyalty
 * places them in the lowest tier of their fee plan and credits their
 * referrer (see admitMember). Fee plan ids are slugs ("premium"); a plan
 * sent as its code ("PREMIUM") names the same plan.
 */
export const onMemberAdmitted: EventHandler = {
  consumer: loyaltySource,
  type: 'members.MemberAdmitted',
  inbox: processedEvents,
  async handle(tx, event) {
    const memberId = uuidField(event.payload, 'memberId');
    if (memberId === null) return;
    const at = new Date(event.occurredAt);

    await admitMember(tx, {
      memberId,
      feePlanId: (textField(event.payload, 'feePlanId') ?? '').toLowerCase(),
      admittedOn: dateField(event.payload, 'admittedOn') ?? chinaDateOf(at),
      referrerId: uuidField(event.payload, 'referrerId'),
      at,
    });
  },
};
