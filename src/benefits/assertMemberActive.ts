import type { Database } from '../core/database/database.js';
import { ConflictError } from '../core/errors.js';
import { findMemberStatus } from './data/memberStatusQueries.js';

/**
 * Throws CONFLICT (reason MEMBER_NOT_ACTIVE, with the status) unless the
 * member is ACTIVE by the benefits subgraph's status copy: a lapsed, churned
 * or suspended member keeps their tier copy until the next review, but not
 * the right to use it.
 */
export async function assertMemberActive(tx: Database, memberId: string, doing: string): Promise<void> {
  const status = await findMemberStatus(tx, memberId);
  if (status === 'ACTIVE') return;
  throw new ConflictError(`Member ${memberId} is ${status ?? 'not known to be ACTIVE'}: only ACTIVE members ${doing}.`, {
    reason: 'MEMBER_NOT_ACTIVE',
    status: status ?? undefined,
  });
}
