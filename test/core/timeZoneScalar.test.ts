import { describe, expect, it } from 'vitest';
import { TimeZoneScalar } from '../../src/core/timeZoneScalar.js';

describe('TimeZoneScalar', () => {
  it('serialises and parses an IANA zone, the second time as the first', () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      expect(TimeZoneScalar.serialize('Asia/Shanghai')).toBe('Asia/Shanghai');
      expect(TimeZoneScalar.parseValue('Europe/London')).toBe('Europe/London');
    }
  });

  it('refuses a name that is no zone every time it is given', () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      expect(() => TimeZoneScalar.serialize('Mars/Olympus_Mons')).toThrow('Value is not a valid IANA time zone: Mars/Olympus_Mons');
      expect(() => TimeZoneScalar.parseValue('Mars/Olympus_Mons')).toThrow('Value is not a valid IANA time zone: Mars/Olympus_Mons');
    }
  });

  it('refuses a value that is not a string', () => {
    expect(() => TimeZoneScalar.serialize(8)).toThrow('Value is not a valid IANA time zone: 8');
  });
});
