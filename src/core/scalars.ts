import type { GraphQLScalarType } from 'graphql';
import {
  CurrencyResolver,
  DateResolver,
  DateTimeResolver,
  EmailAddressResolver,
  LocaleResolver,
  PhoneNumberResolver,
  URLResolver,
} from 'graphql-scalars';
import { TimeZoneScalar } from './timeZoneScalar.js';

/** The custom scalars any subgraph may declare, by their SDL name. */
export const scalarsByName: Record<string, GraphQLScalarType> = {
  Currency: CurrencyResolver,
  Date: DateResolver,
  DateTime: DateTimeResolver,
  EmailAddress: EmailAddressResolver,
  Locale: LocaleResolver,
  PhoneNumber: PhoneNumberResolver,
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
