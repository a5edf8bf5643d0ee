import { addYears, chinaMidnight } from './clock.js';

/** The as-of date the seed's world is built up to, unless told otherwise. */
export const defaultAsOfDate = '2026-12-01';

/** What a seed run is asked for. */
export interface SeedSettings {
  /** The seed number: the same number and member count give the same rows. */
  seed: number;
  /** How many members (prospects included) to create. */
  members: number;
  /** The club's "today" as a China calendar date: every fact lies before it. */
  asOfDate: string;
}

/** The span of the seeded history: three years up to the as-of date. */
export interface SeedCalendar {
  asOfDate: string;
  /** 00:00 China time on the as-of date; every generated fact happens before it. */
  asOf: number;
  startDate: string;
  start: number;
}

export function toCalendar(asOfDate: string): SeedCalendar {
  const startDate = addYears(asOfDate, -3);
  return { asOfDate, asOf: chinaMidnight(asOfDate), startDate, start: chinaMidnight(startDate) };
}

/**
 * How many events the club ran and plans: at least 200, and more as the club
 * grows, so that a chapter of any size has a calendar worth joining.
 */
export function eventCount(members: number): number {
  return 200 + Math.floor(members / 12);
}
