import { and, count, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { preparedFirstPerGroup } from '../../core/database/firstPerGroup.js';
import { equalsAny } from '../../core/database/preparedQuery.js';
import { redemptions, type RedemptionRow } from './tables.js';

export type RedemptionStatus = RedemptionRow['status'];

/** The redemptions of the ids given, in no particular order; unknown ids are left out. */
export function findRedemptions(db: Database, ids: readonly string[]): Promise<RedemptionRow[]> {
  return db.select().from(redemptions).where(inArray(redemptions.id, [...ids]));
}

/**
 * The newest `limit` redemptions of each of several members, in one
 * statement: each member's newest first (by redemption time, then id).
 */
export function findRecentRedemptionsOfMembers(
  db: Database,
  memberIds: readonly string[],
  limit: number,
): Promise<RedemptionRow[]> {
  return recentRedemptionsOfMembers(db, { memberIds, limit });
}

const recentRedemptionsOfMembers = preparedFirstPerGroup('recent_redemptions_of_members', {
  from: redemptions,
  partitionBy: redemptions.memberId,
  orderBy: [desc(redemptions.redeemedAt), desc(redemptions.id)],
  where: equalsAny(redemptions.memberId, 'memberIds'),
});

/**
 * How many of a member's redemptions of a benefit count against the
 * allowance of a period: pending and confirmed ones, not declined ones.
 * Callers hold the member's tier lock, so the count cannot go stale before
 * they insert.
 */
export async function countRedemptionsInPeriod(
  tx: Database,
  where: { memberId: string; benefitId: string; periodKey: string },
): Promise<number> {
  const [row] = await tx
    .select({ used: count() })
    .from(redemptions)
    .where(
      and(
        eq(redemptions.memberId, where.memberId),
        eq(redemptions.benefitId, where.benefitId),
        eq(redemptions.periodKey, where.periodKey),
        ne(redemptions.status, 'DECLINED'),
      ),
    );
  return row?.used ?? 0;
}

/** Inserts a redemption. */
export async function insertRedemption(tx: Database, row: RedemptionRow): Promise<void> {
  await tx.insert(redemptions).values(row);
}

/**
 * Moves a redemption from one status to another and returns it; null when it
 * is not (or no longer) in the `from` status, so that a fact handled late
 * changes nothing.
 */
export async function transitionRedemption(
  tx: Database,
  id: string,
  from: RedemptionStatus,
  to: RedemptionStatus,
): Promise<RedemptionRow | null> {
  const [row] = await tx
    .update(redemptions)
    .set({ status: to })
    .where(and(eq(redemptions.id, id), eq(redemptions.status, from)))
    .returning();
  return row ?? null;
}
