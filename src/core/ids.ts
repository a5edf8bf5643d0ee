import { BadUserInputError } from './errors.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const slugPattern = /^[a-z][a-z0-9-]{0,62}$/;

/** Checks that an ID argument is a UUID, the form of every member-made record's id. */
export function toUuid(value: string, argument: string): string {
  if (!uuidPattern.test(value)) {
    throw new BadUserInputError(`Argument "${argument}" must be a UUID; got "${value.slice(0, 64)}".`, { argument });
  }
  return value.toLowerCase();
}

/** Checks that an ID argument is a slug, the form of reference data ids ("gold", "shanghai"). */
export function toSlug(value: string, argument: string): string {
  if (!slugPattern.test(value)) {
    throw new BadUserInputError(`Argument "${argument}" must be a lowercase slug of letters, digits and hyphens, such as "gold" or "shanghai"; got "${value.slice(0, 64)}".`, { argument });
  }
  return value;
}

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
