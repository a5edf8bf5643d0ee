import { recordEvent } from '../../core/bus/recordEvent.js';
import type { Database } from '../../core/database/database.js';
import { invariant } from '../../core/invariant.js';
import type { MembershipTermRow } from '../data/tables.js';
import { membersSource, type DuesPaid } from '../domainEvents.js';

/** Records DuesPaid for a term whose dues were just paid, for loyalty's spend. */
export async function recordDuesPaid(tx: Database, term: MembershipTermRow): Promise<void> {
  invariant(term.duesPaidAt, `Term ${term.id} is recorded as paid without a payment time.`);
  const payload: DuesPaid = {
    memberId: term.memberId,
    termId: term.id,
    amountMinor: term.duesMinor,
    currency: term.currency,
    paidAt: term.duesPaidAt.toISOString(),
  };
  await recordEvent(tx, { type: 'members.DuesPaid', source: membersSource, payload: { ...payload } });
}
