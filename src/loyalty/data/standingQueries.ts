import { asc, desc, inArray } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { eq } from 'drizzle-orm';
import { memberStandings, tierChanges, tiers, type MemberStandingRow, type TierChangeRow, type TierRow } from './tables.js';

/**
 * The standings of several members with their tiers, in one statement: a
 * standing is nearly always read for its tier. A member without a standing
 * has no row.
 */
export function findStandingsWithTiers(
  db: Database,
  memberIds: readonly string[],
): Promise<Array<{ standing: MemberStandingRow; tier: TierRow }>> {
  return db
    .select({ standing: memberStandings, tier: tiers })
    .from(memberStandings)
    .innerJoin(tiers, eq(tiers.id, memberStandings.tierId))
    .where(inArray(memberStandings.memberId, [...memberIds]));
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
