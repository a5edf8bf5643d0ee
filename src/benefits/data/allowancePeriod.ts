import type { AllowancePeriod } from '../generated/resolvers.js';

/** China time is UTC+8 all year: the club's calendar needs no time zone data. */
const chinaOffsetMs = 8 * 60 * 60 * 1000;

/**
 * The allowance period an instant falls in, in China time: "2026-05" for a
 * monthly allowance, "2026" for a yearly one, null for an unlimited one.
 * Redemptions store it, so that counting a period's redemptions is an
 * equality on an indexed column rather than a range over time zones.
 */
export function allowancePeriodKey(period: AllowancePeriod, instant: Date): string | null {
  const chinaDate = new Date(instant.getTime() + chinaOffsetMs).toISOString();
  switch (period) {
    case 'MONTH':
      return chinaDate.slice(0, 7);
    case 'YEAR':
      return chinaDate.slice(0, 4);
    case 'UNLIMITED':
      return null;
  }
}
