import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import {
  CurrencyResolver,
  DateResolver,
  DateTimeResolver,
  EmailAddressResolver,
  URLResolver,
} from 'graphql-scalars';
import { LocaleScalar } from './localeScalar.js';
import { PhoneNumberScalar } from './phoneNumberScalar.js';
import { TimeZoneScalar } from './timeZoneScalar.js';

/**
 * A date scalar that refuses years PostgreSQL cannot store as given (it has
 * no year 0) or that no club record can have: graphql-scalars accepts
 * "0000-01-01", which would otherwise fail in the database as an internal
 * error instead of a bad argument.
 */
function withinYears(scalar: GraphQLScalarType<Date, unknown>): GraphQLScalarType<Date, unknown> {
  const checked = (value: Date): Date => {
    const year = value.getUTCFullYear();
    if (year < 1 || year > 9999) {
      throw new GraphQLError(`${scalar.name} must fall in the years 1 to 9999; got year ${year}.`);
    }
    return value;
  };
  return new GraphQLScalarType<Date, unknown>({
    ...scalar.toConfig(),
    parseValue: (value) => checked(scalar.parseValue(value)),
    parseLiteral: (node: ValueNode, variables) => checked(scalar.parseLiteral(node, variables)),
  });
}

/**
 * DateTime as an RFC 3339 string in UTC once serialised. graphql-scalars
 * checks the value and hands back the Date itself, which leaves the string
 * to JSON.stringify's call of Date.prototype.toJSON: an in-process subgraph
 * then answers the gateway with objects where a remote one sends text, and
 * serialising a page with a few hundred instants took four times as long.
 */
function asInstantText(scalar: GraphQLScalarType<Date, unknown>): GraphQLScalarType<Date, unknown> {
  return new GraphQLScalarType<Date, unknown>({
    ...scalar.toConfig(),
    serialize: (value) => (scalar.serialize(value) as Date).toISOString(),
  });
}

/** The custom scalars any subgraph may declare, by their SDL name. */
export const scalarsByName: Record<string, GraphQLScalarType> = {
  Currency: CurrencyResolver,
  Date: withinYears(DateResolver),
  DateTime: asInstantText(withinYears(DateTimeResolver)),
  EmailAddress: EmailAddressResolver,
  Locale: LocaleScalar,
  PhoneNumber: PhoneNumberScalar,
  TimeZone: TimeZoneScalar,
  URL: URLResolver,
};

/** The scalar implementations for the scalars named, failing on an unknown one. */
export function scalarResolvers(names: readonly string[]): Record<string, GraphQLScalarType> {
  return Object.fromEntries(
    names.map((name) => {
      const scalar = scalarsByName[name];
      if (!scalar) throw new Error(`No implementation for scalar ${name}.`);
      return [name, scalar];
    }),
  );
}
