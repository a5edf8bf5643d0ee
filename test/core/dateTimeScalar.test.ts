import { describe, expect, it } from 'vitest';
import { scalarsByName } from '../../src/core/scalars.js';

const dateTime = scalarsByName.DateTime!;

describe('the DateTime scalar', () => {
  it('serialises an instant as RFC 3339 text in UTC, as a remote subgraph sends it', () => {
    expect(dateTime.serialize(new Date('2026-05-01T18:00:00.250+08:00'))).toBe('2026-05-01T10:00:00.250Z');
    expect(dateTime.serialize('2026-05-01T18:00:00+08:00')).toBe('2026-05-01T10:00:00.000Z');
  });

  it('still refuses an invalid Date', () => {
    expect(() => dateTime.serialize(new Date('not a day'))).toThrow('DateTime cannot represent an invalid Date instance');
  });

  it('still refuses a year PostgreSQL cannot store', () => {
    expect(() => dateTime.parseValue('0000-01-01T00:00:00Z')).toThrow('DateTime must fall in the years 1 to 9999; got year 0.');
  });
});
