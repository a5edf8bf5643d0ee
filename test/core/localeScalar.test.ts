import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LocaleScalar } from '../../src/core/localeScalar.js';

const refusal = (value: string) => `Locale must be a BCP 47 language tag of a known language, such as "zh-CN" or "en"; got "${value}".`;

describe('LocaleScalar', () => {
  it('parses a tag of a known language into its canonical form', () => {
    expect(['zh-CN', 'zh-cn', 'en', 'yue', 'zh-Hant-TW', 'es-419', 'iw'].map((tag) => LocaleScalar.parseValue(tag))).toEqual([
      'zh-CN',
      'zh-CN',
      'en',
      'yue',
      'zh-Hant-TW',
      'es-419',
      'he',
    ]);
    expect(LocaleScalar.parseLiteral({ kind: Kind.STRING, value: 'en-gb' })).toBe('en-GB');
  });

  it('refuses a well-formed tag whose language, region or script is unknown, and a malformed one', () => {
    for (const value of ['klingon', 'xx', 'und', 'en-XX', 'zh-Abcd', 'en_US', '']) {
      expect(() => LocaleScalar.parseValue(value), value).toThrow(refusal(value));
    }
    expect(() => LocaleScalar.parseLiteral({ kind: Kind.STRING, value: 'klingon' })).toThrow(refusal('klingon'));
    expect(() => LocaleScalar.parseLiteral({ kind: Kind.INT, value: '7' })).toThrow('Locale must be a string such as "zh-CN".');
  });
});
