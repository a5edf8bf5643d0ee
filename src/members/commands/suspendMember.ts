import type { Database } from '../../core/database/database.js';
import { NotFoundError } from '../../core/errors.js';
import { lockMember } from '../data/memberWriteQueries.js';
import { transitionFor } from '../lifecycle/transitions.js';
import { changeStatus } from './changeStatus.js';
import type { MembershipChange } from './membershipChange.js';

/**
 * Suspends an ACTIVE member now, for the reason staff give, inside the
 * caller's transaction; the open term runs on. Records MemberStatusChanged.
 */
export async function suspendMember(
  tx: Database,
  request: { memberId: string; reason: string; now: Date },
): Promise<MembershipChange> {
  const member = await lockMember(tx, request.memberId);
  if (!member) throw new NotFoundError(`No member has id "${request.memberId}".`, { argument: 'memberId' });
  const to = transitionFor('suspend', member);
  const statusChange = await changeStatus(tx, { memberId: member.id, from: member.status, to, reason: request.reason, at: request.now });
  return { memberId: member.id, statusChange, term: null };
}
