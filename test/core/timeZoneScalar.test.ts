import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ianaTimeZoneNames } from '../../src/core/ianaTimeZoneNames.js';
import { TimeZoneScalar } from '../../src/core/timeZoneScalar.js';

const refusal = (value: string) => `TimeZone must be an IANA time zone name such as "Asia/Shanghai"; got "${value}".`;

describe('TimeZoneScalar', () => {
  it('parses and serialises an IANA zone, the second time as the first', () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      expect(TimeZoneScalar.serialize('Asia/Shanghai')).toBe('Asia/Shanghai');
      expect(TimeZoneScalar.parseValue('Europe/London')).toBe('Europe/London');
    }
  });

  it('puts the letter case of every IANA name right, "utc" as "europe/berlin"', () => {
    const given = ['utc', 'europe/berlin', 'etc/utc', 'UTC', 'gmt', 'cet', 'est5edt', 'us/pacific', 'america/port-au-prince', 'antarctica/dumontdurville', 'etc/gmt+5'];
    expect(given.map((zone) => TimeZoneScalar.parseValue(zone))).toEqual([
      'UTC',
      'Europe/Berlin',
      'Etc/UTC',
      'UTC',
      'GMT',
      'CET',
      'EST5EDT',
      'US/Pacific',
      'America/Port-au-Prince',
      'Antarctica/DumontDUrville',
      'Etc/GMT+5',
    ]);
    expect(TimeZoneScalar.parseLiteral({ kind: Kind.STRING, value: 'utc' })).toBe('UTC');
    expect(TimeZoneScalar.serialize('utc')).toBe('UTC');
  });

  it('never turns a name into another name of the same zone', () => {
    // ICU's own names for these are "Asia/Calcutta", "Europe/Kiev" and "Europe/Brussels".
    expect(['asia/kolkata', 'Asia/Kolkata', 'europe/kyiv', 'CET'].map((zone) => TimeZoneScalar.parseValue(zone))).toEqual([
      'Asia/Kolkata',
      'Asia/Kolkata',
      'Europe/Kyiv',
      'CET',
    ]);
  });

  it('takes every IANA name this runtime knows, in any letter case, as IANA spells it', () => {
    const known = ianaTimeZoneNames.filter((zone) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    });
    expect(known.length).toBeGreaterThan(590);
    expect(known.map((zone) => TimeZoneScalar.parseValue(zone.toLowerCase()))).toEqual(known);
    expect(known.map((zone) => TimeZoneScalar.parseValue(zone.toUpperCase()))).toEqual(known);
  });

  it('refuses a name that is no zone every time it is given', () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      expect(() => TimeZoneScalar.parseValue('Mars/Olympus_Mons')).toThrow(refusal('Mars/Olympus_Mons'));
      expect(() => TimeZoneScalar.parseLiteral({ kind: Kind.STRING, value: 'Mars/Olympus_Mons' })).toThrow(refusal('Mars/Olympus_Mons'));
      expect(() => TimeZoneScalar.serialize('Mars/Olympus_Mons')).toThrow(refusal('Mars/Olympus_Mons'));
    }
  });

  it('refuses a legacy abbreviation ICU takes but no IANA zone is named by', () => {
    for (const value of ['IST', 'pst', 'CTT', 'SystemV/AST4', 'Factory']) {
      expect(() => TimeZoneScalar.parseValue(value), value).toThrow(refusal(value));
    }
  });

  it('passes a legacy name ICU knows through as stored, so that an old event still reads', () => {
    expect(TimeZoneScalar.serialize('IST')).toBe('IST');
  });

  it('refuses a value that is not a string', () => {
    expect(() => TimeZoneScalar.serialize(8)).toThrow(refusal('8'));
    expect(() => TimeZoneScalar.parseValue(8)).toThrow(refusal('8'));
    expect(() => TimeZoneScalar.parseLiteral({ kind: Kind.INT, value: '8' })).toThrow('TimeZone must be a string such as "Asia/Shanghai".');
  });
});
