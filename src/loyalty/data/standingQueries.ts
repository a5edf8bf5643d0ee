import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { memberStandings, tierChanges, type MemberStandingRow, type TierChangeRow } from './tables.js';

/**
 * The standings (tier and value score) of several members at once. A member
 * without a standing, such as a prospect, has no row.
 */
export function findStandings(
  db: Database,
  memberIds: readonly string[],
): Promise<MemberStandingRow[]> {
  return db.select().from(memberStandings).where(inArray(memberStandings.memberId, [...memberIds]));
}

/**
 * The tier changes of several members at once, each member's newest first.
 * Changes carry only a day, so two on the same day are ordered by id: stable,
 * but not the order they were made in.
 */
export function findTierChangesOfMembers(
  db: Database,
  memberIds: readonly string[],
): Promise<TierChangeRow[]> {
  return db
    .select()
    .from(tierChanges)
    .where(inArray(tierChanges.memberId, [...memberIds]))
    .orderBy(asc(tierChanges.memberId), desc(tierChanges.effectiveOn), desc(tierChanges.id));
}

/**
 * The member's standing, locked until the caller's transaction ends; null
 * when loyalty holds none for the member (unknown, or a prospect). Every
 * write that reads a member's balance takes this lock first, so that on
 * PostgreSQL two such transactions of one member run one after the other
 * and each sums what the other booked.
 */
export async function lockStanding(tx: Database, memberId: string): Promise<MemberStandingRow | null> {
  const [row] = await tx.select().from(memberStandings).where(eq(memberStandings.memberId, memberId)).for('update');
  return row ?? null;
}
