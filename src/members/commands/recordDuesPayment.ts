import type { Database } from '../../core/database/database.js';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import { invariant } from '../../core/invariant.js';
import { lockMember } from '../data/memberWriteQueries.js';
import { findTerms, recordTermPaid } from '../data/termQueries.js';
import { transitionFor } from '../lifecycle/transitions.js';
import type { MembershipChange } from './membershipChange.js';
import { recordDuesPaid } from './recordDuesPaid.js';

/**
 * Records that the dues of an open term were paid now, inside the caller's
 * transaction, and records DuesPaid. Only an ACTIVE or SUSPENDED member's
 * open, unpaid term takes a payment: a paid term is a CONFLICT
 * (DUES_ALREADY_PAID), and so is a closed one (TERM_CLOSED). The status does
 * not change: a member whose dues are paid in time simply does not lapse.
 */
export async function recordDuesPayment(tx: Database, request: { termId: string; now: Date }): Promise<MembershipChange> {
  const [found] = await findTerms(tx, [request.termId]);
  if (!found) throw new NotFoundError(`No membership term has id "${request.termId}".`, { argument: 'termId' });

  // Under the member's lock the term is read again: it may have changed since.
  const member = await lockMember(tx, found.memberId);
  invariant(member, `Membership term ${found.id} names a member that does not exist.`);
  transitionFor('recordDues', member);
  const [term] = await findTerms(tx, [found.id]);
  invariant(term, `Membership term ${found.id} disappeared.`);

  if (term.outcome !== 'OPEN') {
    throw new ConflictError(`Membership term ${term.id} is closed (${term.outcome}): its dues can no longer be paid.`, {
      reason: 'TERM_CLOSED',
      status: term.outcome,
    });
  }
  if (term.duesPaidAt !== null) {
    throw new ConflictError(`The dues of membership term ${term.id} were paid at ${term.duesPaidAt.toISOString()}.`, {
      reason: 'DUES_ALREADY_PAID',
    });
  }

  const paid = await recordTermPaid(tx, term.id, request.now);
  await recordDuesPaid(tx, paid);
  return { memberId: member.id, statusChange: null, term: paid };
}
