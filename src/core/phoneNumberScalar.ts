import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { PhoneNumberResolver } from 'graphql-scalars';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * What a number may be written as: a "+", the country code and the number,
 * with spaces, hyphens, dots or parentheses between the digits as people
 * write them ("+86 138 0013 8000"). No national form without the country
 * code (the club has members abroad), no extension, no "tel:" and no
 * letters. 32 characters is more than any number needs with its spacing.
 */
const writtenNumber = /^\+[0-9 ().-]{1,31}$/;

/** A number already in E.164 form: "+", then 7 to 15 digits, the first not 0. */
const e164 = /^\+[1-9][0-9]{6,14}$/;

/**
 * The E.164 form of a phone number, or null when the value is not a number
 * that a telephone network could reach. libphonenumber-js with its full
 * metadata checks the country code, the length and the number ranges of the
 * country ("+86 123 4567 8901" is no Chinese number; "+999999999999999" has
 * no country), so its "max" build is used, not the default, which checks
 * lengths only.
 */
function toE164(value: string): string | null {
  if (!writtenNumber.test(value)) return null;
  const number = parsePhoneNumberFromString(value);
  if (!number || !number.isValid() || number.ext !== undefined) return null;
  return number.number;
}

/** The refusal of a value that is no valid phone number. */
function refusal(value: unknown, node?: ValueNode): GraphQLError {
  const shown = JSON.stringify(String(value).slice(0, 35));
  return new GraphQLError(
    `PhoneNumber must be a valid international number starting with "+" and the country code, such as "+8613800138000"; got ${shown}.`,
    { nodes: node },
  );
}

/** An input value in E.164 form; refused unless it is a valid number. */
function parsePhoneNumber(value: unknown, node?: ValueNode): string {
  const number = typeof value === 'string' ? toE164(value) : null;
  if (number === null) throw refusal(value, node);
  return number;
}

/**
 * A stored number. Numbers are stored in E.164 form since the scalar
 * checked them, so that form is passed as it is (no parsing per member of a
 * list); a number stored earlier with spacing is returned in E.164 form, and
 * one that is no valid number as stored, so that reading a member never
 * fails on an old record.
 */
function serializePhoneNumber(value: unknown): string {
  if (typeof value !== 'string') throw refusal(value);
  if (e164.test(value)) return value;
  return toE164(value) ?? value;
}

/**
 * The PhoneNumber scalar: a valid international number, taken as people
 * write it ("+86 138 0013 8000") and given and returned in E.164 form
 * ("+8613800138000"). graphql-scalars' PhoneNumber checks a loose pattern
 * only, and took "12345" and "+999999999999999".
 */
export const PhoneNumberScalar = new GraphQLScalarType({
  ...PhoneNumberResolver.toConfig(),
  serialize: serializePhoneNumber,
  parseValue: (value) => parsePhoneNumber(value),
  parseLiteral(node: ValueNode) {
    if (node.kind !== Kind.STRING) {
      throw new GraphQLError('PhoneNumber must be a string such as "+8613800138000".', { nodes: node });
    }
    return parsePhoneNumber(node.value, node);
  },
});
