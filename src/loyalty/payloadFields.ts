import { isUuid } from '../core/ids.js';
import { isCalendarDate } from './rules/clubCalendar.js';

/**
 * Readers of the fields of another subgraph's event payload. A payload comes
 * from another process, perhaps another version of it, so each field is
 * checked before use; a missing or malformed one reads as null.
 */
export function textField(payload: Record<string, unknown>, name: string): string | null {
  const value = payload[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** A UUID field, lowercased; null when absent or not a UUID. */
export function uuidField(payload: Record<string, unknown>, name: string): string | null {
  const value = textField(payload, name);
  return value !== null && isUuid(value) ? value.toLowerCase() : null;
}

/** A whole number of at least 1; null otherwise. */
export function positiveIntegerField(payload: Record<string, unknown>, name: string): number | null {
  const value = payload[name];
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}

/** A whole number of at least 0; null otherwise. */
export function nonNegativeIntegerField(payload: Record<string, unknown>, name: string): number | null {
  const value = payload[name];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/** An ISO 8601 instant; null when absent or unreadable. */
export function instantField(payload: Record<string, unknown>, name: string): Date | null {
  const value = textField(payload, name);
  if (value === null) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** A "YYYY-MM-DD" date that exists; null otherwise. */
export function dateField(payload: Record<string, unknown>, name: string): string | null {
  const value = textField(payload, name);
  return value !== null && isCalendarDate(value) ? value : null;
}
