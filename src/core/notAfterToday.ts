import { BadUserInputError } from './errors.js';

/**
 * A calendar day no later than `today` (both "YYYY-MM-DD" in the club's
 * China calendar), else BAD_USER_INPUT naming `argument`: facts of a day to
 * come are not known yet, and a job run for one would apply now what falls
 * due only then.
 */
export function assertNotAfterToday(date: string, argument: string, today: string): string {
  if (date > today) {
    throw new BadUserInputError(`Argument "${argument}" must not be after today (${today} in China); got ${date}.`, { argument });
  }
  return date;
}
