/**
 * The club's calendar: days are China calendar dates ("YYYY-MM-DD", UTC+8
 * all year), which is where the club lives and where its rules (expiry,
 * score windows, half-year reviews) count days. Pure functions, shared by
 * the subgraph and the seed.
 */

const chinaOffsetMs = 8 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** The China calendar date an instant falls on. */
export function chinaDateOf(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return new Date(ms + chinaOffsetMs).toISOString().slice(0, 10);
}

/** The instant a China calendar date begins (00:00 +08:00), in milliseconds since the epoch. */
export function chinaStartOf(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`) - chinaOffsetMs;
}

/** The date some days later (or earlier, for a negative count). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * dayMs).toISOString().slice(0, 10);
}

/**
 * The same day of the month some months later (or earlier); a day the
 * target month lacks becomes its last day (31 March minus one month is
 * 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** Whether text is a "YYYY-MM-DD" date that exists. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const instant = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(instant.getTime()) && instant.toISOString().startsWith(text);
}
