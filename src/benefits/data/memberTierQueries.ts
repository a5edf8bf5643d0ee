import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { memberTiers, type MemberTierRow } from './tables.js';

/**
 * The member's tier copy, locked until the caller's transaction ends; null
 * when the member holds no tier (unknown to this subgraph, or never
 * admitted). Every write that counts a member's allowances takes this lock
 * first, so that on PostgreSQL two such transactions of one member run one
 * after the other and each counts what the other wrote.
 */
export async function lockMemberTier(tx: Database, memberId: string): Promise<MemberTierRow | null> {
  const [row] = await tx.select().from(memberTiers).where(eq(memberTiers.memberId, memberId)).for('update');
  return row ?? null;
}

/**
 * Records a member's tier from a TierChanged fact, unless the copy already
 * holds a later one: facts may arrive out of order, and the later effective
 * day (then the later recording) wins.
 */
export async function recordMemberTier(tx: Database, row: MemberTierRow): Promise<void> {
  await tx
    .insert(memberTiers)
    .values(row)
    .onConflictDoUpdate({
      target: memberTiers.memberId,
      set: {
        tierId: sql`excluded.tier_id`,
        effectiveOn: sql`excluded.effective_on`,
        changedAt: sql`excluded.changed_at`,
      },
      setWhere: sql`(${memberTiers.effectiveOn}, ${memberTiers.changedAt}) <= (excluded.effective_on, excluded.changed_at)`,
    });
}
