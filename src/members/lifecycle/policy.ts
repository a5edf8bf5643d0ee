import { addDays, addYears } from './clubCalendar.js';

/**
 * The club's membership rules in numbers. The lifecycle job applies them,
 * and the seed builds its history by them, so both import them from here.
 */

/** Days after dues fall due before a member who has not paid them lapses. */
export const gracePeriodDays = 30;

/** Days a lapsed member stays lapsed before counting as churned. */
export const lapseToChurnDays = 90;

/** The last day of a one-year term that begins on `startsOn`. */
export function termEndsOn(startsOn: string): string {
  return addDays(addYears(startsOn, 1), -1);
}

/**
 * The day the dues of a member's open term stop being covered: the term's
 * first day while its dues are unpaid, else the day after it ends (when the
 * next term's dues fall due). Past this day plus the grace period, the
 * member lapses.
 */
export function duesFallDueOn(term: { startsOn: string; endsOn: string; duesPaidAt: Date | null }): string {
  return term.duesPaidAt === null ? term.startsOn : addDays(term.endsOn, 1);
}

/** The day a member whose open term is `term` lapses, unless they pay or renew first. */
export function lapsesOn(term: { startsOn: string; endsOn: string; duesPaidAt: Date | null }): string {
  return addDays(duesFallDueOn(term), gracePeriodDays);
}
