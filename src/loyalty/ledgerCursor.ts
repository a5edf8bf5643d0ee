import { BadUserInputError } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import { decodeCursor } from '../core/pagination.js';
import type { LedgerPosition } from './data/pointsQueries.js';

const exactInstantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * Whether text is an instant as `pageLedgers` writes it. A date such as
 * February 30 matches the pattern but would fail in PostgreSQL, so the text
 * must also read back unchanged as a Date, to the millisecond.
 */
function isExactInstant(text: string): boolean {
  if (!exactInstantPattern.test(text)) return false;
  const date = new Date(text);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 23) === text.slice(0, 23);
}

/** The sort key a ledger cursor carries: the entry's exact time, then its id. */
export function ledgerKeyOf(position: LedgerPosition): [string, string] {
  return [position.occurredAt, position.id];
}

/**
 * Reads the `after` argument of a ledger page. Its parts reach SQL as a
 * timestamp and a UUID, so a cursor that decodes but holds anything else is
 * refused here as bad input rather than failing in the database.
 */
export function toLedgerPosition(after: string | null | undefined): LedgerPosition | null {
  const key = decodeCursor(after, 2);
  if (key === null) return null;
  const [occurredAt, id] = key;
  const wellFormed =
    typeof occurredAt === 'string' && isExactInstant(occurredAt) && typeof id === 'string' && isUuid(id);
  if (!wellFormed) {
    throw new BadUserInputError('Argument "after" is not a cursor this list returned.', { argument: 'after' });
  }
  return { occurredAt, id: id.toLowerCase() };
}
