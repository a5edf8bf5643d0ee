import { sql } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { memberStatuses, type MemberStatusRow } from './tables.js';

/**
 * Records a member's status from a MemberStatusChanged fact, unless the copy
 * already holds a later one: facts may arrive out of order, and the later
 * change wins.
 */
export async function recordMemberStatus(tx: Database, row: MemberStatusRow): Promise<void> {
  await tx
    .insert(memberStatuses)
    .values(row)
    .onConflictDoUpdate({
      target: memberStatuses.memberId,
      set: { status: sql`excluded.status`, effectiveAt: sql`excluded.effective_at` },
      setWhere: sql`${memberStatuses.effectiveAt} <= excluded.effective_at`,
    });
}
