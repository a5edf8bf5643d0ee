import { desc, inArray } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { firstPerGroup } from '../../core/database/firstPerGroup.js';
import { redemptions, type RedemptionRow } from './tables.js';

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
  return firstPerGroup(db, {
    from: redemptions,
    partitionBy: redemptions.memberId,
    orderBy: [desc(redemptions.redeemedAt), desc(redemptions.id)],
    where: inArray(redemptions.memberId, [...memberIds]),
    limit,
  });
}
