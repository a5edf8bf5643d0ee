import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PhoneNumberScalar } from '../../src/core/phoneNumberScalar.js';

const refusal = (value: string) =>
  `PhoneNumber must be a valid international number starting with "+" and the country code, such as "+8613800138000"; got "${value}".`;

describe('PhoneNumberScalar', () => {
  it('parses a valid international number into E.164 form, spacing and all', () => {
    const given = ['+8613800138000', '+86 138 0013 8000', '+86-138-0013-8000', '+86 (138) 0013.8000', '+86 10 1234 5678', '+44 20 7946 0958', '+1 650 253 0000'];
    expect(given.map((value) => PhoneNumberScalar.parseValue(value))).toEqual([
      '+8613800138000',
      '+8613800138000',
      '+8613800138000',
      '+8613800138000',
      '+861012345678',
      '+442079460958',
      '+16502530000',
    ]);
    expect(PhoneNumberScalar.parseLiteral({ kind: Kind.STRING, value: '+86 138 0013 8000' })).toBe('+8613800138000');
  });

  it('refuses what no network could reach: no country code, an unknown country, a range the country does not use', () => {
    for (const value of ['12345', '13800138000', '+999999999999999', '+86 123 4567 8901', '+861380013800', '+441632960961']) {
      expect(() => PhoneNumberScalar.parseValue(value), value).toThrow(refusal(value));
    }
    expect(() => PhoneNumberScalar.parseLiteral({ kind: Kind.STRING, value: '12345' })).toThrow(refusal('12345'));
  });

  it('refuses an extension, a "tel:" address, letters and stray characters', () => {
    for (const value of ['+86 138 0013 8000 ext. 5', 'tel:+8613800138000', '+8613800138000x', '++8613800138000', ' +8613800138000', '+86１３８００１３８０００', '']) {
      expect(() => PhoneNumberScalar.parseValue(value), value).toThrow(refusal(value));
    }
  });

  it('refuses a value that is not a string', () => {
    expect(() => PhoneNumberScalar.parseValue(8613800138000)).toThrow(refusal('8613800138000'));
    expect(() => PhoneNumberScalar.parseLiteral({ kind: Kind.INT, value: '8613800138000' })).toThrow(
      'PhoneNumber must be a string such as "+8613800138000".',
    );
    expect(() => PhoneNumberScalar.serialize(8613800138000)).toThrow(refusal('8613800138000'));
  });

  it('returns a stored number in E.164 form, and one stored before numbers were checked as it is', () => {
    expect(['+8613800138000', '+86 138 0013 8000', '12345'].map((value) => PhoneNumberScalar.serialize(value))).toEqual([
      '+8613800138000',
      '+8613800138000',
      '12345',
    ]);
  });
});
