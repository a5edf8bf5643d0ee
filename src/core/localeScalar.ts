import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { LocaleResolver } from 'graphql-scalars';

/** ICU's English names of languages, regions and scripts; undefined for what it does not know. */
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * A BCP 47 language tag that names a real language, in its canonical form
 * ("zh-cn" becomes "zh-CN"). graphql-scalars' Locale checks the syntax only,
 * and the syntax allows a language subtag of five to eight letters, so it
 * takes "klingon"; Intl.getCanonicalLocales does too. The language must be
 * a two- or three-letter ISO 639 code, and ICU must know the language and
 * any region or script given ("en-XX" is refused).
 */
function toLanguageTag(value: unknown): string {
  const refuse = () =>
    new GraphQLError(`Locale must be a BCP 47 language tag of a known language, such as "zh-CN" or "en"; got ${JSON.stringify(String(value).slice(0, 35))}.`);
  if (typeof value !== 'string') throw refuse();

  let tag: string;
  try {
    [tag = ''] = Intl.getCanonicalLocales(LocaleResolver.parseValue(value) as string);
  } catch {
    throw refuse();
  }
  if (!/^[a-z]{2,3}(?:-|$)/.test(tag) || languageNames.of(tag) === undefined) throw refuse();
  return tag;
}

/**
 * The Locale scalar: a BCP 47 language tag of a known language, given and
 * returned in canonical form. Output is passed as stored.
 */
export const LocaleScalar = new GraphQLScalarType({
  ...LocaleResolver.toConfig(),
  parseValue: toLanguageTag,
  parseLiteral(node: ValueNode) {
    if (node.kind !== Kind.STRING) throw new GraphQLError('Locale must be a string such as "zh-CN".', { nodes: node });
    return toLanguageTag(node.value);
  },
});
