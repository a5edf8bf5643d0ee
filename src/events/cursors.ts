import { BadUserInputError } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import { decodeCursor } from '../core/pagination.js';
import type { EventPosition, PositionedEventRow } from './data/eventQueries.js';
import type { RegistrationRow } from './data/tables.js';

/**
 * The sort keys inside the events subgraph's cursors. Events page by
 * (starts_at, id), so their cursor holds the exact start instant and the id;
 * an event's registrations page by sequence, so theirs holds the sequence.
 */

const notOurCursor = () =>
  new BadUserInputError('Argument "after" is not a cursor this list returned.', { argument: 'after' });

const exactInstantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/** UTC ISO 8601 text naming a real instant: "2026-02-30T..." matches the pattern but is no day. */
function isExactInstant(text: string): boolean {
  if (!exactInstantPattern.test(text)) return false;
  const parsed = new Date(text.slice(0, 19) + 'Z');
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 19) === text.slice(0, 19);
}

/** The sort key an event's cursor holds. */
export function eventCursorKey(row: PositionedEventRow): [string, string] {
  return [row.exactStartsAt, row.id];
}

/** Reads an events list's `after` argument; null without one, BAD_USER_INPUT when malformed. */
export function toEventPosition(after: string | null | undefined): EventPosition | null {
  const key = decodeCursor(after, 2);
  if (key === null) return null;

  // The parts go into SQL as parameters, so anything that would not parse as
  // a timestamp or a uuid is refused here as bad input, not as a SQL error.
  const [startsAt, id] = key;
  if (typeof startsAt !== 'string' || !isExactInstant(startsAt)) throw notOurCursor();
  if (typeof id !== 'string' || !isUuid(id)) throw notOurCursor();
  return { startsAt, id: id.toLowerCase() };
}

/** The sort key a registration's cursor holds. */
export function registrationCursorKey(row: RegistrationRow): [number] {
  return [row.sequence];
}

/** Reads a registrations list's `after` argument; null without one, BAD_USER_INPUT when malformed. */
export function toAfterSequence(after: string | null | undefined): number | null {
  const key = decodeCursor(after, 1);
  if (key === null) return null;
  const [sequence] = key;
  if (typeof sequence !== 'number' || !Number.isSafeInteger(sequence) || sequence < 0) throw notOurCursor();
  return sequence;
}
