import { describe, expect, it } from 'vitest';
import { toLocalIso } from '../../src/events/localTime.js';

const local = (instant: string, timeZone: string) => toLocalIso(new Date(instant), timeZone);

describe('toLocalIso', () => {
  it('renders the instant with the offset of its time zone', () => {
    expect(local('2026-05-01T01:30:00Z', 'Asia/Shanghai')).toBe('2026-05-01T09:30:00+08:00');
  });

  it('switches from summer to winter time when Europe/London leaves daylight saving', () => {
    // British Summer Time ends at 01:00 UTC on Sunday 25 October 2026.
    expect(local('2026-10-24T01:30:00Z', 'Europe/London')).toBe('2026-10-24T02:30:00+01:00');
    expect(local('2026-10-25T00:30:00Z', 'Europe/London')).toBe('2026-10-25T01:30:00+01:00');
    expect(local('2026-10-25T01:30:00Z', 'Europe/London')).toBe('2026-10-25T01:30:00+00:00');
  });

  it('switches from winter to summer time when America/New_York enters daylight saving', () => {
    // Eastern Daylight Time starts at 07:00 UTC on Sunday 8 March 2026.
    expect(local('2026-03-08T06:59:59Z', 'America/New_York')).toBe('2026-03-08T01:59:59-05:00');
    expect(local('2026-03-08T07:00:00Z', 'America/New_York')).toBe('2026-03-08T03:00:00-04:00');
  });

  it('moves to the next day, month and year across local midnight', () => {
    expect(local('2026-05-01T16:00:00Z', 'Asia/Shanghai')).toBe('2026-05-02T00:00:00+08:00');
    expect(local('2026-12-31T16:30:00Z', 'Asia/Shanghai')).toBe('2027-01-01T00:30:00+08:00');
  });

  it('moves to the previous day across local midnight west of UTC', () => {
    expect(local('2026-01-01T03:00:00Z', 'America/New_York')).toBe('2025-12-31T22:00:00-05:00');
  });

  it('writes offsets with minutes, on both sides of UTC', () => {
    expect(local('2026-01-15T12:00:00Z', 'Asia/Kolkata')).toBe('2026-01-15T17:30:00+05:30');
    expect(local('2026-01-15T12:00:00Z', 'America/St_Johns')).toBe('2026-01-15T08:30:00-03:30');
  });

  it('writes UTC as a +00:00 offset', () => {
    expect(local('2026-05-01T00:00:00Z', 'UTC')).toBe('2026-05-01T00:00:00+00:00');
  });

  it('drops milliseconds', () => {
    expect(local('2026-05-01T01:30:00.999Z', 'Asia/Shanghai')).toBe('2026-05-01T09:30:00+08:00');
  });

  it('throws a RangeError for an unknown time zone', () => {
    expect(() => local('2026-05-01T00:00:00Z', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
