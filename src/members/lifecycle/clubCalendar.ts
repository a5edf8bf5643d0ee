/**
 * The club's calendar: days are China calendar dates ("YYYY-MM-DD"), and
 * China keeps UTC+8 all year, so a day is always 24 hours long and no time
 * zone data is needed. Terms run over these dates, and "the state on a day"
 * means the state at the end of that China day.
 */

const dayMs = 24 * 60 * 60 * 1000;
const chinaOffsetMs = 8 * 60 * 60 * 1000;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The number of days since 1970-01-01 of a calendar date. */
function dayNumberOf(date: string): number {
  if (!datePattern.test(date)) throw new Error(`Not a calendar date: ${date}`);
  return Math.round(Date.parse(`${date}T00:00:00.000Z`) / dayMs);
}

function dateOfDayNumber(dayNumber: number): string {
  return new Date(dayNumber * dayMs).toISOString().slice(0, 10);
}

/** The instant a China calendar day begins (00:00 +08:00). */
export function chinaMidnight(date: string): Date {
  return new Date(dayNumberOf(date) * dayMs - chinaOffsetMs);
}

/** The China calendar day an instant falls on. */
export function chinaDateOf(instant: Date): string {
  return dateOfDayNumber(Math.floor((instant.getTime() + chinaOffsetMs) / dayMs));
}

/** The calendar day `days` after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumberOf(date) + days);
}

/** The same calendar day some years later; 29 February becomes 28 February. */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** The instant `days` whole days after another. */
export function addDaysToInstant(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * dayMs);
}
