import { randomUUID } from 'node:crypto';
import { recordEvent } from '../../core/bus/recordEvent.js';
import type { Database } from '../../core/database/database.js';
import { setMemberStatus } from '../data/memberWriteQueries.js';
import { insertStatusChange } from '../data/statusChangeQueries.js';
import type { StatusChangeRow } from '../data/tables.js';
import { membersSource, type MemberStatusChanged } from '../domainEvents.js';
import type { MemberStatus } from '../lifecycle/transitions.js';

/**
 * Moves a member to another status inside the caller's transaction: appends
 * the status change (the fact), sets the member's status (its latest value)
 * and records MemberStatusChanged. Callers hold the member's lock and have
 * checked the move against the transition table.
 */
export async function changeStatus(
  tx: Database,
  change: { memberId: string; from: MemberStatus | null; to: MemberStatus; reason: string; at: Date },
): Promise<StatusChangeRow> {
  const row = await insertStatusChange(tx, {
    id: randomUUID(),
    memberId: change.memberId,
    fromStatus: change.from,
    toStatus: change.to,
    reason: change.reason,
    effectiveAt: change.at,
  });
  await setMemberStatus(tx, change.memberId, change.to);

  const payload: MemberStatusChanged = {
    memberId: change.memberId,
    fromStatus: change.from,
    toStatus: change.to,
    reason: change.reason,
    effectiveAt: change.at.toISOString(),
  };
  await recordEvent(tx, { type: 'members.MemberStatusChanged', source: membersSource, payload: { ...payload } });
  return row;
}
