import type { EventRow } from './data/tables.js';
import type { MemberStanding } from './data/memberCopyQueries.js';
import { tierRank } from './tierOrder.js';

/** Why a member may not hold a seat at an event; the cancellation reasons of a waitlist promotion passed over. */
export type Ineligibility = 'MEMBER_NOT_ACTIVE' | 'BELOW_MINIMUM_TIER';

/**
 * Whether the member may hold a seat at the event now, by the events
 * subgraph's copies of their status and tier: only ACTIVE members, and only
 * of the event's minimum tier or above. Null when they may. Registration
 * checks it, and so does each promotion from the waitlist, since a member
 * may have lapsed or lost a tier while waiting.
 */
export function ineligibilityOf(event: EventRow, standing: MemberStanding): Ineligibility | null {
  if (standing.status !== 'ACTIVE') return 'MEMBER_NOT_ACTIVE';
  if (event.minimumTierId !== null && (standing.tierId === null || tierRank(standing.tierId) < tierRank(event.minimumTierId))) {
    return 'BELOW_MINIMUM_TIER';
  }
  return null;
}
