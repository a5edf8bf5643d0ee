import type { Database } from '../../core/database/database.js';
import { NotFoundError } from '../../core/errors.js';
import { lockMember } from '../data/memberWriteQueries.js';
import { lifecycleReasons } from '../lifecycle/reasons.js';
import { transitionFor } from '../lifecycle/transitions.js';
import { changeStatus } from './changeStatus.js';
import type { MembershipChange } from './membershipChange.js';

/**
 * Lifts a suspension now, inside the caller's transaction: the member is
 * ACTIVE again on the term they hold. Records MemberStatusChanged.
 */
export async function reinstateMember(
  tx: Database,
  request: { memberId: string; reason: string | null; now: Date },
): Promise<MembershipChange> {
  const member = await lockMember(tx, request.memberId);
  if (!member) throw new NotFoundError(`No member has id "${request.memberId}".`, { argument: 'memberId' });
  const to = transitionFor('reinstate', member);
  const statusChange = await changeStatus(tx, {
    memberId: member.id,
    from: member.status,
    to,
    reason: request.reason ?? lifecycleReasons.reinstated,
    at: request.now,
  });
  return { memberId: member.id, statusChange, term: null };
}
