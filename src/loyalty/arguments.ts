import { BadUserInputError } from '../core/errors.js';
import { assertNotAfterToday } from '../core/notAfterToday.js';
import { chinaDateOf, isCalendarDate } from './rules/clubCalendar.js';
import { maxEntryPoints } from './rules/points.js';
import { toHalfYear, type HalfYear } from './rules/tierReview.js';

/** The longest reason a ledger line or a tier change keeps. */
export const maxReasonLength = 200;

const maxPointsText = maxEntryPoints.toLocaleString('en');

/** A whole number of points from 1 to the club's limit per entry, else BAD_USER_INPUT naming `points`. */
export function toPositivePoints(points: number): number {
  if (!Number.isSafeInteger(points) || points <= 0 || points > maxEntryPoints) {
    throw new BadUserInputError(`Argument "points" must be a whole number of points from 1 to ${maxPointsText}; got ${points}.`, { argument: 'points' });
  }
  return points;
}

/** A signed whole number of points other than 0, within the limit either way, else BAD_USER_INPUT naming `points`. */
export function toSignedPoints(points: number): number {
  if (!Number.isSafeInteger(points) || points === 0 || Math.abs(points) > maxEntryPoints) {
    throw new BadUserInputError(`Argument "points" must be a whole number of points from -${maxPointsText} to ${maxPointsText}, other than 0; got ${points}.`, {
      argument: 'points',
    });
  }
  return points;
}

/** A reason of 1 to 200 characters, trimmed, else BAD_USER_INPUT naming `argument`. */
export function toReason(reason: string, argument = 'reason'): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0 || trimmed.length > maxReasonLength) {
    throw new BadUserInputError(`Argument "${argument}" must be 1 to ${maxReasonLength} characters; got ${trimmed.length}.`, { argument });
  }
  return trimmed;
}

/**
 * A Date argument as "YYYY-MM-DD". The Date scalar hands resolvers a
 * JavaScript Date at UTC midnight, which stands for that calendar day.
 */
export function toCalendarDate(value: unknown, argument: string): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  if (!isCalendarDate(text)) {
    throw new BadUserInputError(`Argument "${argument}" must be a date such as 2026-06-30; got "${text.slice(0, 32)}".`, { argument });
  }
  return text;
}

/** Today in China, where the club's days are counted. */
export function chinaToday(now = new Date()): string {
  return chinaDateOf(now);
}

/** A day that has begun in China, else BAD_USER_INPUT naming `argument`. */
export function assertNotFuture(date: string, argument: string, now = new Date()): string {
  return assertNotAfterToday(date, argument, chinaToday(now));
}

/** A half year such as "2026-H2", else BAD_USER_INPUT naming `half`. */
export function toHalfYearArgument(text: string): HalfYear {
  const half = toHalfYear(text);
  if (!half) {
    throw new BadUserInputError(`Argument "half" must be a half year such as "2026-H2"; got "${text.slice(0, 32)}".`, { argument: 'half' });
  }
  return half;
}

/**
 * The day a review is taken as of: within the half year, its last day when
 * omitted, and a day that has begun in China, else BAD_USER_INPUT naming
 * `asOf`.
 */
export function toReviewAsOf(half: HalfYear, asOf: unknown, now = new Date()): string {
  if (asOf === null || asOf === undefined) {
    const today = chinaToday(now);
    if (half.lastDay > today) {
      // The caller sent no asOf: say why one is needed rather than quote a day they never gave.
      throw new BadUserInputError(
        `${half.half} has not ended (its last day is ${half.lastDay}); give "asOf", a day of it up to today (${today} in China), to review it so far.`,
        { argument: 'asOf' },
      );
    }
    return half.lastDay;
  }
  const date = toCalendarDate(asOf, 'asOf');
  if (date < half.firstDay || date > half.lastDay) {
    throw new BadUserInputError(`Argument "asOf" must fall within ${half.half} (${half.firstDay} to ${half.lastDay}); got ${date}.`, { argument: 'asOf' });
  }
  return assertNotFuture(date, 'asOf', now);
}
