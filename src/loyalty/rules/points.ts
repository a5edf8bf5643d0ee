/**
 * The club's points rules: what members earn for the facts loyalty learns
 * from the other subgraphs, and when points expire. Pure values and
 * functions, shared by the subgraph and the seed.
 */
import { addMonths } from './clubCalendar.js';

/** Points for each check-in at an event (events.MemberCheckedIn), whatever the event. */
export const attendancePoints = 200;

/** Points for each member a member referred, once the referred member is admitted. */
export const referralPoints = 500;

/** Points for spending with the club (benefits.ServiceOrdered): one per full 10 yuan. */
export function spendPoints(amountMinor: number): number {
  return Math.max(0, Math.floor(amountMinor / 1000));
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
