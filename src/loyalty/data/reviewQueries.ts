import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { memberStandings, tierChanges, tierReviews, type TierChangeRow, type TierReviewRow } from './tables.js';

/** Claims a half year for a review; false when it was reviewed already. */
export async function claimTierReview(tx: Database, row: TierReviewRow): Promise<boolean> {
  const claimed = await tx.insert(tierReviews).values(row).onConflictDoNothing().returning({ half: tierReviews.half });
  return claimed.length > 0;
}

/** The applied reviews of the half years given; unknown ones are left out. */
export function findTierReviews(db: Database, halves: readonly string[]): Promise<TierReviewRow[]> {
  return db.select().from(tierReviews).where(inArray(tierReviews.half, [...halves]));
}

/** Every applied review, the latest half year first. */
export function listTierReviews(db: Database): Promise<TierReviewRow[]> {
  return db.select().from(tierReviews).orderBy(desc(tierReviews.half));
}

/** The changes several reviews made, each review's in member order. */
export function findReviewChanges(db: Database, halves: readonly string[]): Promise<TierChangeRow[]> {
  return db
    .select()
    .from(tierChanges)
    .where(inArray(tierChanges.reviewHalf, [...halves]))
    .orderBy(asc(tierChanges.reviewHalf), asc(tierChanges.memberId));
}

/** Moves every member a review changed to the tier and score its change names, in one statement. */
export async function applyReviewChangesToStandings(tx: Database, half: string, updatedAt: Date): Promise<void> {
  await tx
    .update(memberStandings)
    .set({
      tierId: sql`${tierChanges.toTierId}`,
      valueScore: sql`coalesce(${tierChanges.valueScore}, ${memberStandings.valueScore})`,
      updatedAt,
    })
    .from(tierChanges)
    .where(and(eq(tierChanges.reviewHalf, half), eq(tierChanges.memberId, memberStandings.memberId)));
}
