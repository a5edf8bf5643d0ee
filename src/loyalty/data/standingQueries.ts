import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../core/database/database.js';
import { equalsAny, preparedQuery } from '../../core/database/preparedQuery.js';
import { rowsOf } from './rowsOf.js';
import {
  memberStandings,
  memberStatuses,
  tierChanges,
  tiers,
  type MemberStandingRow,
  type TierChangeRow,
  type TierRow,
} from './tables.js';

/**
 * The standings of several members with their tiers, in one statement: a
 * standing is nearly always read for its tier. A member without a standing
 * has no row.
 */
export function findStandingsWithTiers(
  db: Database,
  memberIds: readonly string[],
): Promise<Array<{ standing: MemberStandingRow; tier: TierRow }>> {
  return standingsWithTiersOfMembers(db, { memberIds });
}

const standingsWithTiersOfMembers = preparedQuery((db) =>
  db
    .select({ standing: memberStandings, tier: tiers })
    .from(memberStandings)
    .innerJoin(tiers, eq(tiers.id, memberStandings.tierId))
    .where(equalsAny(memberStandings.memberId, 'memberIds'))
    .prepare('standings_with_tiers_of_members'),
);

/**
 * The tier changes of several members at once, each member's newest first
 * (by the day they took effect, then the moment they were made, then id),
 * with the tiers they moved from and to: a tier history nearly always shows
 * them, and reading them here saves a statement that would wait for this one.
 */
export function findTierChangesWithTiersOfMembers(
  db: Database,
  memberIds: readonly string[],
): Promise<Array<{ change: TierChangeRow; from: TierRow | null; to: TierRow }>> {
  return tierChangesWithTiersOfMembers(db, { memberIds });
}

const fromTiers = alias(tiers, 'from_tier');
const toTiers = alias(tiers, 'to_tier');

const tierChangesWithTiersOfMembers = preparedQuery((db) =>
  db
    .select({ change: tierChanges, from: fromTiers, to: toTiers })
    .from(tierChanges)
    .leftJoin(fromTiers, eq(fromTiers.id, tierChanges.fromTierId))
    .innerJoin(toTiers, eq(toTiers.id, tierChanges.toTierId))
    .where(equalsAny(tierChanges.memberId, 'memberIds'))
    .orderBy(asc(tierChanges.memberId), desc(tierChanges.effectiveOn), desc(tierChanges.recordedAt), desc(tierChanges.id))
    .prepare('tier_changes_with_tiers_of_members'),
);

/** The tier changes of the ids given, in no particular order; unknown ids are left out. */
export function findTierChanges(db: Database, ids: readonly string[]): Promise<TierChangeRow[]> {
  return db.select().from(tierChanges).where(inArray(tierChanges.id, [...ids]));
}

/**
 * The member's standing, locked until the caller's transaction ends; null
 * when loyalty holds none for the member (unknown, or a prospect). Every
 * write that reads a member's balance or changes their tier takes this lock
 * first, so that on PostgreSQL two such transactions of one member run one
 * after the other and each sees what the other wrote.
 */
export async function lockStanding(tx: Database, memberId: string): Promise<MemberStandingRow | null> {
  const [row] = await tx.select().from(memberStandings).where(eq(memberStandings.memberId, memberId)).for('update');
  return row ?? null;
}

/** Gives a member their first standing; false when they already had one. */
export async function insertStanding(tx: Database, row: MemberStandingRow): Promise<boolean> {
  const inserted = await tx.insert(memberStandings).values(row).onConflictDoNothing().returning({ memberId: memberStandings.memberId });
  return inserted.length > 0;
}

/** Moves a member to another tier, with the score it was decided on. */
export async function updateStanding(
  tx: Database,
  memberId: string,
  change: { tierId: string; valueScore: number; updatedAt: Date },
): Promise<void> {
  await tx.update(memberStandings).set(change).where(eq(memberStandings.memberId, memberId));
}

/** A standing as the review sees it: with the days its first and latest tier changes took effect. */
export interface ReviewedStanding {
  memberId: string;
  tierId: string;
  /** The first tier change's day (the admission); null when there is none. */
  placedOn: string | null;
  /** The latest tier change's day; null when there is none. */
  tierSince: string | null;
  /** When the member churned, by loyalty's status copy; null while they have not. */
  churnedAt: Date | null;
}

/**
 * Every standing, in member order, with the days its tier history began and
 * last changed, and when the member churned, if they did. With `lock`, each standing is locked until the transaction
 * ends, in member order: an applying review then runs alone with every
 * member's charges, spends and tier changes waiting behind it, and two
 * reviews cannot deadlock.
 */
export async function listStandingsForReview(db: Database, options: { lock: boolean }): Promise<ReviewedStanding[]> {
  const result = await db.execute(sql`
    select s.member_id as "memberId", s.tier_id as "tierId",
           (select min(c.effective_on)::text from ${tierChanges} c where c.member_id = s.member_id) as "placedOn",
           (select max(c.effective_on)::text from ${tierChanges} c where c.member_id = s.member_id) as "tierSince",
           to_char(st.effective_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "churnedAt"
    from ${memberStandings} s
    left join ${memberStatuses} st on st.member_id = s.member_id and st.status = 'CHURNED'
    order by s.member_id
    ${options.lock ? sql`for update of s` : sql``}`);
  return rowsOf<ReviewedStanding>(result).map((row) => ({
    memberId: String(row.memberId),
    tierId: String(row.tierId),
    placedOn: row.placedOn === null ? null : String(row.placedOn),
    tierSince: row.tierSince === null ? null : String(row.tierSince),
    churnedAt: row.churnedAt === null ? null : new Date(String(row.churnedAt)),
  }));
}
