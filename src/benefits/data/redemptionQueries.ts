import { and, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { preparedQuery } from '../../core/database/preparedQuery.js';
import { benefits, redemptions, type BenefitRow, type RedemptionRow } from './tables.js';

export type RedemptionStatus = RedemptionRow['status'];

/** The redemptions of the ids given, in no particular order; unknown ids are left out. */
export function findRedemptions(db: Database, ids: readonly string[]): Promise<RedemptionRow[]> {
  return db.select().from(redemptions).where(inArray(redemptions.id, [...ids]));
}

/**
 * The newest `limit` redemptions of each of several members, each with its
 * benefit, in one statement: each member's newest first (by redemption
 * time, then id), grouped by member in the order asked. For each member a
 * LATERAL subquery reads its newest redemptions from the (member_id,
 * redeemed_at) index and stops at `limit`; the benefits, which a list of
 * redemptions nearly always names, are joined by id, so that they need no
 * statement of their own after this one.
 */
export function findRecentRedemptionsWithBenefitsOfMembers(
  db: Database,
  memberIds: readonly string[],
  limit: number,
): Promise<Array<{ redemption: RedemptionRow; benefit: BenefitRow }>> {
  return recentRedemptionsWithBenefitsOfMembers(db, { memberIds, limit });
}

const recentRedemptionsWithBenefitsOfMembers = preparedQuery((db) => {
  const asked = sql`unnest(${sql.placeholder('memberIds')}::uuid[]) with ordinality as asked(member_id, position)`;
  const recent = db
    .select()
    .from(redemptions)
    .where(eq(redemptions.memberId, sql`asked.member_id`))
    .orderBy(desc(redemptions.redeemedAt), desc(redemptions.id))
    .limit(sql.placeholder('limit'))
    .as('recent');
  const redemption = {
    id: recent.id,
    memberId: recent.memberId,
    benefitId: recent.benefitId,
    redeemedAt: recent.redeemedAt,
    status: recent.status,
    tierId: recent.tierId,
    pointsCost: recent.pointsCost,
    periodKey: recent.periodKey,
  } satisfies Record<keyof RedemptionRow, unknown>;
  return db
    .select({ redemption, benefit: benefits })
    .from(asked)
    .crossJoinLateral(recent)
    .innerJoin(benefits, eq(benefits.id, recent.benefitId))
    .orderBy(sql`asked.position`, desc(recent.redeemedAt), desc(recent.id))
    .prepare('recent_redemptions_with_benefits_of_members');
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
