/**
 * Calendar arithmetic for the seed. Instants are milliseconds since the epoch;
 * calendar dates are 'YYYY-MM-DD' strings in China time, where the club lives
 * (UTC+8 all year). Nothing here reads the wall clock: every date is computed
 * from the seed's as-of date.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const YEAR = 365.25 * DAY;

const chinaOffset = 8 * HOUR;

/*
 * Dates go through day numbers (days since 1970-01-01), with both directions
 * cached: the seed converts a few million instants to dates, but there are
 * only a few thousand distinct days in its history.
 */
const dateOfDayNumber = new Map<number, string>();
const dayNumberOfDate = new Map<string, number>();

function dateOf(dayNumber: number): string {
  let date = dateOfDayNumber.get(dayNumber);
  if (date === undefined) {
    date = new Date(dayNumber * DAY).toISOString().slice(0, 10);
    dateOfDayNumber.set(dayNumber, date);
    dayNumberOfDate.set(date, dayNumber);
  }
  return date;
}

function dayNumberOf(date: string): number {
  let dayNumber = dayNumberOfDate.get(date);
  if (dayNumber === undefined) {
    dayNumber = Math.round(Date.parse(`${date}T00:00:00.000Z`) / DAY);
    if (Number.isNaN(dayNumber)) throw new Error(`Not a calendar date: ${date}`);
    dayNumberOfDate.set(date, dayNumber);
    dateOfDayNumber.set(dayNumber, date);
  }
  return dayNumber;
}

/** The instant a China calendar date begins (00:00 +08:00). */
export function chinaMidnight(date: string): number {
  return dayNumberOf(date) * DAY - chinaOffset;
}

/** The China calendar date an instant falls on. */
export function chinaDate(instant: number): string {
  return dateOf(Math.floor((instant + chinaOffset) / DAY));
}

/** The China calendar year of an instant. */
export function chinaYear(instant: number): number {
  return Number(chinaDate(instant).slice(0, 4));
}

/** 'YYYY-MM' of an instant in China time, for monthly allowances. */
export function chinaMonth(instant: number): string {
  return chinaDate(instant).slice(0, 7);
}

/** Day of the week in China time, 0 for Sunday. */
export function chinaWeekday(instant: number): number {
  // 1970-01-01 was a Thursday.
  return (((Math.floor((instant + chinaOffset) / DAY) + 4) % 7) + 7) % 7;
}

export function addDays(date: string, days: number): string {
  return dateOf(dayNumberOf(date) + days);
}

/** The same calendar day some years later; 29 February becomes 28 February. */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** The last Sunday of a month (1-12) of a year, as a UTC day number. */
function lastSunday(year: number, month: number): number {
  const lastDay = Date.UTC(year, month, 0);
  const weekday = new Date(lastDay).getUTCDay();
  return lastDay - weekday * DAY;
}

/** Whether European summer time is in force (last Sunday of March to last Sunday of October, 01:00 UTC). */
function isEuropeanSummerTime(instant: number): boolean {
  const year = new Date(instant).getUTCFullYear();
  return instant >= lastSunday(year, 3) + HOUR && instant < lastSunday(year, 10) + HOUR;
}

/**
 * The UTC offset of the time zones events take place in. A short table rather
 * than Intl, so that the seed does not depend on the host's time zone data.
 */
export function zoneOffset(zone: string, instant: number): number {
  switch (zone) {
    case 'Asia/Shanghai':
    case 'Asia/Kuala_Lumpur':
    case 'Asia/Singapore':
      return 8 * HOUR;
    case 'Asia/Tokyo':
      return 9 * HOUR;
    case 'Europe/London':
      return isEuropeanSummerTime(instant) ? HOUR : 0;
    case 'Europe/Berlin':
      return isEuropeanSummerTime(instant) ? 2 * HOUR : HOUR;
    default:
      throw new Error(`The seed knows no offset for time zone ${zone}`);
  }
}

/** The instant a local wall-clock time in a zone stands for. */
export function localTime(zone: string, date: string, hour: number, minute = 0): number {
  const wall = Date.parse(`${date}T00:00:00.000Z`) + hour * HOUR + minute * MINUTE;
  // Two passes settle the offset on either side of a summer-time change.
  const guess = wall - zoneOffset(zone, wall);
  return wall - zoneOffset(zone, guess);
}
