import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { TimeZoneResolver } from 'graphql-scalars';
import { ianaTimeZoneNames } from './ianaTimeZoneNames.js';

/** The IANA names, and any zone ICU lists beyond them, by their lower-case names. */
let spellings: Map<string, string> | null = null;

/** Names already checked, as given, with their IANA spelling; a few hundred at most. */
const checked = new Map<string, string>();

/** Stored names that are no IANA name but that ICU knows, passed as stored. */
const legacyZones = new Set<string>();

/** Whether this runtime's ICU can compute local times in the zone. */
function isKnownToIcu(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The IANA spelling of a time zone name given in any letter case: "utc"
 * becomes "UTC", "europe/berlin" "Europe/Berlin" and "asia/kolkata"
 * "Asia/Kolkata". A name is never replaced by another name of the same zone
 * ("CET" stays "CET", "Asia/Kolkata" is not ICU's "Asia/Calcutta"). Null for
 * a name IANA does not have, such as "Mars/Olympus_Mons", or the legacy "PST"
 * and "IST" that ICU takes but that name no IANA zone (and "IST" means India,
 * Israel or Ireland depending on who writes it). Each name is looked up once.
 */
function toIanaSpelling(value: string): string | null {
  const known = checked.get(value);
  if (known !== undefined) return known;

  spellings ??= new Map(
    [...ianaTimeZoneNames, ...Intl.supportedValuesOf('timeZone')].map((zone) => [zone.toLowerCase(), zone]),
  );
  const zone = spellings.get(value.toLowerCase());
  if (zone === undefined || !isKnownToIcu(zone)) return null;
  checked.set(value, zone);
  return zone;
}

/** The refusal of a value that is no IANA time zone name. */
function refusal(value: unknown, node?: ValueNode): GraphQLError {
  const shown = JSON.stringify(String(value).slice(0, 64));
  return new GraphQLError(`TimeZone must be an IANA time zone name such as "Asia/Shanghai"; got ${shown}.`, { nodes: node });
}

/** An input value as its IANA spelling; refused unless it is an IANA name. */
function parseTimeZone(value: unknown, node?: ValueNode): string {
  const zone = typeof value === 'string' ? toIanaSpelling(value) : null;
  if (zone === null) throw refusal(value, node);
  return zone;
}

/**
 * A stored zone as its IANA spelling. A name stored before the scalar took
 * IANA names only, and that ICU still knows, is passed as stored, so that
 * reading an old event never fails; anything else is refused.
 */
function serializeTimeZone(value: unknown): string {
  if (typeof value !== 'string') throw refusal(value);
  const zone = toIanaSpelling(value);
  if (zone !== null) return zone;
  if (!legacyZones.has(value)) {
    if (!isKnownToIcu(value)) throw refusal(value);
    legacyZones.add(value);
  }
  return value;
}

/**
 * The TimeZone scalar: an IANA time zone name, taken in any letter case and
 * given and returned in its IANA spelling (see toIanaSpelling). Every value
 * is checked once, not on every serialisation: graphql-scalars' TimeZone
 * builds an Intl.DateTimeFormat each time, 0.2 to 1 ms, most of an event
 * page's CPU in the events subgraph (see the README's performance section).
 * A refused name is never remembered, so it is refused again every time.
 */
export const TimeZoneScalar = new GraphQLScalarType({
  ...TimeZoneResolver.toConfig(),
  serialize: serializeTimeZone,
  parseValue: (value) => parseTimeZone(value),
  parseLiteral(node: ValueNode) {
    if (node.kind !== Kind.STRING) throw new GraphQLError('TimeZone must be a string such as "Asia/Shanghai".', { nodes: node });
    return parseTimeZone(node.value, node);
  },
});
