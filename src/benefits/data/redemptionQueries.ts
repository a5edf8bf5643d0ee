import { asc, desc, getTableColumns, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { redemptions, type RedemptionRow } from './tables.js';

/** The redemptions of the ids given, in no particular order; unknown ids are left out. */
export function findRedemptions(db: Database, ids: readonly string[]): Promise<RedemptionRow[]> {
  return db.select().from(redemptions).where(inArray(redemptions.id, [...ids]));
}

/**
 * The newest `limit` redemptions of each of several members, in one
 * statement: each member's newest first (by redemption time, then id).
 */
export async function findRecentRedemptionsOfMembers(
  db: Database,
  memberIds: readonly string[],
  limit: number,
): Promise<RedemptionRow[]> {
  // A plain LIMIT would cap all members together; numbering each member's
  // rows in a window keeps one statement and a limit per member.
  const ranked = db
    .select({
      ...getTableColumns(redemptions),
      position: sql<number>`row_number() over (partition by ${redemptions.memberId} order by ${desc(redemptions.redeemedAt)}, ${desc(redemptions.id)})`.as(
        'position',
      ),
    })
    .from(redemptions)
    .where(inArray(redemptions.memberId, [...memberIds]))
    .as('ranked');

  const rows = await db
    .select()
    .from(ranked)
    .where(lte(ranked.position, limit))
    .orderBy(asc(ranked.memberId), asc(ranked.position));
  return rows.map(({ position: _position, ...row }) => row);
}
