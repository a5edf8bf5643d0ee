import { BadUserInputError } from '../core/errors.js';
import { toSlug, toUuid } from '../core/ids.js';
import type { Application } from './commands/applyForMembership.js';
import type { MembershipApplication } from './generated/resolvers.js';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A Date argument as a "YYYY-MM-DD" string. The Date scalar has already
 * refused malformed days and hands resolvers a Date at UTC midnight of the
 * day given; a string of the same form is taken as it is.
 */
export function toCalendarDate(value: unknown, argument: string): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && datePattern.test(value)) return value;
  throw new BadUserInputError(`Argument "${argument}" must be a day such as "2026-06-30".`, { argument });
}


/** A free-text argument, trimmed: BAD_USER_INPUT when blank or longer than `maxLength`. */
export function toText(value: string, argument: string, maxLength: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > maxLength) {
    throw new BadUserInputError(`Argument "${argument}" must be 1 to ${maxLength} characters, not blank.`, { argument });
  }
  return text;
}

/** An optional free-text argument: null when omitted, else as `toText`. */
export function toOptionalText(value: string | null | undefined, argument: string, maxLength: number): string | null {
  return value === null || value === undefined ? null : toText(value, argument, maxLength);
}

/**
 * The `application` argument as the command takes it, each field checked on
 * its own and named in full ("application.birthday") when wrong. `today` is
 * the China calendar day: a birthday must lie before it.
 */
export function toApplication(input: MembershipApplication, today: string): Application {
  const birthday = input.birthday === null || input.birthday === undefined ? null : toCalendarDate(input.birthday, 'application.birthday');
  if (birthday !== null && (birthday >= today || birthday < '1900-01-01')) {
    throw new BadUserInputError(`Argument "application.birthday" must be a day from 1900-01-01 to yesterday; got ${birthday}.`, {
      argument: 'application.birthday',
    });
  }
  return {
    givenName: toText(input.givenName, 'application.givenName', 100),
    familyName: toText(input.familyName, 'application.familyName', 100),
    displayName: toText(input.displayName, 'application.displayName', 100),
    email: input.email ?? null,
    phone: input.phone ?? null,
    birthday,
    city: toText(input.city, 'application.city', 100),
    language: input.language,
    homeChapterId: toSlug(input.homeChapterId, 'application.homeChapterId'),
    consents: {
      marketing: input.consents?.marketing ?? false,
      partnerOffers: input.consents?.partnerOffers ?? false,
      eventPhotos: input.consents?.eventPhotos ?? false,
    },
    referrerId: input.referrerId === null || input.referrerId === undefined ? null : toUuid(input.referrerId, 'application.referrerId'),
    channel: toOptionalText(input.channel, 'application.channel', 200),
  };
}
