import type { EventHandler } from '../../core/bus/domainEvent.js';
import { recordStageReached } from '../data/stageQueries.js';
import { processedEvents } from '../data/tables.js';
import { membersSource, type MemberCheckedIn } from '../domainEvents.js';

/** events.MemberCheckedIn: a first check-in (or an earlier one than known) marks the member ACTIVATED then. */
export const onMemberCheckedIn: EventHandler<MemberCheckedIn> = {
  consumer: membersSource,
  type: 'events.MemberCheckedIn',
  inbox: processedEvents,
  async handle(tx, event) {
    await recordStageReached(tx, event.payload.memberId, 'activatedAt', new Date(event.payload.checkedInAt));
  },
};
