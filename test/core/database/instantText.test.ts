import { describe, expect, it } from 'vitest';
import { parseInstantText } from '../../../src/core/database/instantText.js';

const iso = (text: string) => {
  const date = parseInstantText(text);
  return Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString();
};

describe('parseInstantText', () => {
  it('reads PostgreSQL text output of timestamptz in UTC, with or without a fraction', () => {
    expect(iso('2026-05-01 10:00:00+00')).toBe('2026-05-01T10:00:00.000Z');
    expect(iso('2026-05-01 10:00:00.5+00')).toBe('2026-05-01T10:00:00.500Z');
    expect(iso('2026-05-01 10:00:00.12+00')).toBe('2026-05-01T10:00:00.120Z');
    expect(iso('2024-10-18 00:59:48.125+00')).toBe('2024-10-18T00:59:48.125Z');
  });

  it('drops the digits after the milliseconds, as new Date does', () => {
    expect(iso('2026-05-01 10:00:00.123999+00')).toBe('2026-05-01T10:00:00.123Z');
    expect(iso('2026-12-31 23:59:59.999999+00')).toBe('2026-12-31T23:59:59.999Z');
  });

  it('applies offsets of hours, minutes and seconds in either direction', () => {
    expect(iso('2026-05-01 18:00:00+08')).toBe('2026-05-01T10:00:00.000Z');
    expect(iso('2026-05-01 05:30:00-04:30')).toBe('2026-05-01T10:00:00.000Z');
    expect(iso('1900-01-01 08:05:43+08:05:43')).toBe('1900-01-01T00:00:00.000Z');
    expect(iso('2026-01-01 02:00:00+08')).toBe('2025-12-31T18:00:00.000Z');
  });

  it('leaves every other form to new Date', () => {
    expect(iso('infinity')).toBe('Invalid Date');
    expect(iso('0099-03-01 00:00:00+00')).toBe(new Date('0099-03-01 00:00:00+00').toISOString());
    expect(iso('2026-05-01T10:00:00.000Z')).toBe('2026-05-01T10:00:00.000Z');
    expect(parseInstantText('2026-02-30 10:00:00+00').getTime()).toBe(new Date('2026-02-30 10:00:00+00').getTime());
    expect(parseInstantText('2026-13-01 10:00:00+00').getTime()).toBe(new Date('2026-13-01 10:00:00+00').getTime());
  });

  it('agrees with new Date on a sweep of days, fractions and offsets', () => {
    const fractions = ['', '.1', '.04', '.999', '.0005', '.123456'];
    const offsets = ['+00', '+08', '-05', '+05:30', '-09:30', '+14', '-12'];
    let compared = 0;
    for (let day = 0; day < 800; day += 7) {
      const at = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000 + day * 3_733_000);
      const [date, time] = at.toISOString().slice(0, 19).split('T');
      for (const fraction of fractions) {
        for (const offset of offsets) {
          const text = `${date} ${time}${fraction}${offset}`;
          expect(parseInstantText(text).getTime(), text).toBe(new Date(text).getTime());
          compared++;
        }
      }
    }
    expect(compared).toBe(115 * 6 * 7);
  });
});
