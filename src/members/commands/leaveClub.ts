import type { Database } from '../../core/database/database.js';
import { NotFoundError } from '../../core/errors.js';
import { lockMember } from '../data/memberWriteQueries.js';
import { closeTerm, findOpenTerm } from '../data/termQueries.js';
import { lifecycleReasons } from '../lifecycle/reasons.js';
import { transitionFor } from '../lifecycle/transitions.js';
import { changeStatus } from './changeStatus.js';
import type { MembershipChange } from './membershipChange.js';

/**
 * Ends a membership now, inside the caller's transaction: the member is
 * CHURNED and their open term, if they hold one, ends as LEFT. Records
 * MemberStatusChanged.
 */
export async function leaveClub(
  tx: Database,
  request: { memberId: string; reason: string | null; now: Date },
): Promise<MembershipChange> {
  const member = await lockMember(tx, request.memberId);
  if (!member) throw new NotFoundError(`No member has id "${request.memberId}".`, { argument: 'memberId' });
  const to = transitionFor('leave', member);

  const open = await findOpenTerm(tx, member.id);
  const term = open ? await closeTerm(tx, open.id, 'LEFT', request.now) : null;
  const statusChange = await changeStatus(tx, {
    memberId: member.id,
    from: member.status,
    to,
    reason: request.reason ?? lifecycleReasons.left,
    at: request.now,
  });
  return { memberId: member.id, statusChange, term };
}
