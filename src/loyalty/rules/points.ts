/**
 * The club's points rules: what members earn for the facts loyalty learns
 * from the other subgraphs, and when points expire. Pure values and
 * functions, shared by the subgraph and the seed.
 */
import { addMonths } from './clubCalendar.js';

/**
 * The most points one ledger entry moves, and so the most any points amount
 * loyalty accepts may be: an earning, a spend, an adjustment either way, a
 * charge another subgraph requests. A club limit far above any real amount,
 * and far below what a balance summed over many entries could overflow.
 */
export const maxEntryPoints = 1_000_000;

/** Points for each check-in at an event (events.MemberCheckedIn), whatever the event. */
export const attendancePoints = 200;

/** Points for each member a member referred, once the referred member is admitted. */
export const referralPoints = 500;

/**
 * Points for spending with the club (benefits.ServiceOrdered): one per full
 * 10 yuan, at most `maxEntryPoints` for one order.
 */
export function spendPoints(amountMinor: number): number {
  return Math.min(maxEntryPoints, Math.max(0, Math.floor(amountMinor / 1000)));
}

/** How long earned points last. */
export const pointsExpiryMonths = 24;

/** As of a day, points earned before this day expire when unspent. */
export function expiryCutoff(asOf: string): string {
  return addMonths(asOf, -pointsExpiryMonths);
}

/**
 * How many points expire, first in first out. Every spend takes the oldest
 * points the ledger holds, so the spends (and earlier expiries) so far have
 * used up the old earnings first; what of them is left expires.
 *
 * `oldCredits`: the sum of positive entries booked before the cutoff.
 * `debits`: the sum of every negative entry, as a positive number.
 */
export function expiringPoints(ledger: { oldCredits: number; debits: number }): number {
  return Math.max(0, ledger.oldCredits - ledger.debits);
}

/**
 * The EXPIRE entries that take `points`: as many of `maxEntryPoints` as fit,
 * then the rest, so that no entry moves more than any other may. As
 * negative amounts, largest first.
 */
export function expiryEntries(points: number): number[] {
  const entries: number[] = [];
  for (let left = points; left > 0; left -= maxEntryPoints) entries.push(-Math.min(left, maxEntryPoints));
  return entries;
}
