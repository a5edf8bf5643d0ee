import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { memberStatuses, memberTiers, type MemberStatusRow, type MemberTierRow } from './tables.js';

/** What this subgraph knows of a member: the status and tier copies; null fields when unknown. */
export interface MemberStanding {
  status: string | null;
  tierId: string | null;
}

/** The member's status and tier copies, as registration checks them. */
export async function findMemberStanding(tx: Database, memberId: string): Promise<MemberStanding> {
  const [status] = await tx.select({ status: memberStatuses.status }).from(memberStatuses).where(eq(memberStatuses.memberId, memberId));
  const [tier] = await tx.select({ tierId: memberTiers.tierId }).from(memberTiers).where(eq(memberTiers.memberId, memberId));
  return { status: status?.status ?? null, tierId: tier?.tierId ?? null };
}

/**
 * Several members' status and tier copies in two statements, by member id;
 * every id asked for has an entry, with null fields when unknown.
 */
export async function findMemberStandings(tx: Database, memberIds: readonly string[]): Promise<Map<string, MemberStanding>> {
  const ids = [...new Set(memberIds)];
  const standings = new Map<string, MemberStanding>(ids.map((id) => [id, { status: null, tierId: null }]));
  if (ids.length === 0) return standings;
  const statuses = await tx.select().from(memberStatuses).where(inArray(memberStatuses.memberId, ids));
  const tiers = await tx.select().from(memberTiers).where(inArray(memberTiers.memberId, ids));
  for (const row of statuses) standings.get(row.memberId)!.status = row.status;
  for (const row of tiers) standings.get(row.memberId)!.tierId = row.tierId;
  return standings;
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

/**
 * Records a member's status from a MemberStatusChanged fact, unless the copy
 * already holds a later one (facts may arrive out of order).
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
