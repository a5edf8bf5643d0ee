import type { Database } from '../../core/database/database.js';
import { bookExpiries, lockStandingsEarningBefore } from '../data/expiryQueries.js';
import { chinaStartOf } from '../rules/clubCalendar.js';
import { expiryCutoff } from '../rules/points.js';

/** What one expiry run booked. */
export interface PointsExpiryResult {
  asOf: string;
  earnedBefore: string;
  members: number;
  points: number;
  [key: string]: string | number;
}

/**
 * Expires, as of a China calendar day, the points earned before that day
 * minus the expiry period that the ledger has not used up, first in first
 * out, inside the caller's transaction. Each EXPIRE entry is dated at the
 * start of `asOf`. Because what expires is the old earnings minus every
 * debit so far, expiries included, a second run for the same day (or an
 * earlier one) books nothing; and a balance never goes below zero at any
 * moment, since every debit after the cutoff is counted.
 */
export async function expirePoints(tx: Database, asOf: string): Promise<PointsExpiryResult> {
  const earnedBefore = expiryCutoff(asOf);
  const cutoff = new Date(chinaStartOf(earnedBefore));

  await lockStandingsEarningBefore(tx, cutoff);
  const booked = await bookExpiries(tx, {
    cutoff,
    bookedAt: new Date(chinaStartOf(asOf)),
    reason: `Points earned before ${earnedBefore} expired unspent`,
  });

  return {
    asOf,
    earnedBefore,
    members: new Set(booked.map((entry) => entry.memberId)).size,
    points: booked.reduce((sum, entry) => sum - entry.points, 0),
  };
}
