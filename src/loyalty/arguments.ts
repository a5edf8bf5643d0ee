import { BadUserInputError } from '../core/errors.js';
import { chinaDateOf, isCalendarDate } from './rules/clubCalendar.js';

/** The longest reason a ledger line or a tier change keeps. */
export const maxReasonLength = 200;

/** A positive whole number of points, else BAD_USER_INPUT naming `points`. */
export function toPositivePoints(points: number): number {
  if (!Number.isSafeInteger(points) || points <= 0) {
    throw new BadUserInputError(`Argument "points" must be a positive whole number of points; got ${points}.`, { argument: 'points' });
  }
  return points;
}

/** A signed whole number of points other than 0, else BAD_USER_INPUT naming `points`. */
export function toSignedPoints(points: number): number {
  if (!Number.isSafeInteger(points) || points === 0) {
    throw new BadUserInputError(`Argument "points" must be a whole number of points other than 0; got ${points}.`, { argument: 'points' });
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
  const today = chinaToday(now);
  if (date > today) {
    throw new BadUserInputError(`Argument "${argument}" must not be after today (${today} in China); got ${date}.`, { argument });
  }
  return date;
}
