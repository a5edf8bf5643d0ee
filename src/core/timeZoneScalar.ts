import { GraphQLScalarType } from 'graphql';
import { TimeZoneResolver } from 'graphql-scalars';

/** IANA time zone names already found valid; there are a few hundred at most. */
const validZones = new Set<string>();

/** A TimeZoneResolver check that runs once per zone name. */
function remembered(check: (value: unknown) => unknown): (value: unknown) => string {
  return (value) => {
    if (typeof value === 'string' && validZones.has(value)) return value;
    const zone = check(value) as string;
    validZones.add(zone);
    return zone;
  };
}

/**
 * graphql-scalars' TimeZone, remembering the zones it has checked.
 * TimeZoneResolver builds an Intl.DateTimeFormat to check every value it
 * serialises or parses, 0.2 to 1 ms each: most of an event page's CPU in the
 * events subgraph (see the README's performance section). A name it refuses
 * is never remembered, so it is refused again every time.
 */
export const TimeZoneScalar = new GraphQLScalarType({
  ...TimeZoneResolver.toConfig(),
  serialize: remembered((value) => TimeZoneResolver.serialize(value)),
  parseValue: remembered((value) => TimeZoneResolver.parseValue(value)),
});
