import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { equalsAny, preparedQuery } from '../../core/database/preparedQuery.js';
import { ratings, type RatingRow } from './tables.js';

/** The ratings given on the registrations named; unrated ones have no row. */
export function findRatingsOfRegistrations(db: Database, registrationIds: readonly string[]): Promise<RatingRow[]> {
  return db.select().from(ratings).where(inArray(ratings.registrationId, [...registrationIds]));
}

/**
 * The sums a rating summary is built from. Kept as integers so that the
 * average and the net promoter score are computed exactly, once, in code.
 */
export interface RatingTotalsRow {
  eventId: string;
  count: number;
  satisfactionSum: number;
  /** Ratings with likely_to_recommend of 9 or 10. */
  promoters: number;
  /** Ratings with likely_to_recommend of 0 to 6. */
  detractors: number;
}

/** The rating totals of several events in one GROUP BY statement; unrated events have no row. */
export function sumRatingsOfEvents(db: Database, eventIds: readonly string[]): Promise<RatingTotalsRow[]> {
  return ratingTotalsOfEvents(db, { eventIds });
}

const ratingTotalsOfEvents = preparedQuery((db) =>
  db
    .select({
      eventId: ratings.eventId,
      count: sql<number>`cast(count(*) as integer)`,
      satisfactionSum: sql<number>`cast(sum(${ratings.satisfaction}) as integer)`,
      promoters: sql<number>`cast(count(*) filter (where ${ratings.likelyToRecommend} >= 9) as integer)`,
      detractors: sql<number>`cast(count(*) filter (where ${ratings.likelyToRecommend} <= 6) as integer)`,
    })
    .from(ratings)
    .where(equalsAny(ratings.eventId, 'eventIds'))
    .groupBy(ratings.eventId)
    .prepare('rating_totals_of_events'),
);

/** Inserts a rating and returns it; null when the registration is rated already. */
export async function insertRating(tx: Database, row: RatingRow): Promise<RatingRow | null> {
  const [inserted] = await tx.insert(ratings).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}
