import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import { argumentPathAt, argumentPathOfVariable } from '../arguments/argumentPath.js';

const valueKinds = new Set<string>([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
]);

/** graphql-js's complaints about a variable's value: a bad one, a missing one, a null for a non-null type. */
const invalidVariable = /^Variable "\$(\w+)" (?:got invalid value|of required type "[^"]+" was not provided|of non-null type "[^"]+" must not be null)/;

/**
 * The input fields inside a variable's value where graphql-js found the bad
 * value: ".timeZone" for `at "input.timeZone"`. List indices are dropped, as
 * the path of a literal leaves them out too.
 */
function fieldsInVariable(message: string, variable: string): string {
  const at = new RegExp(`at "${variable}((?:\\.\\w+|\\[\\d+\\])+)";`).exec(message);
  return at ? at[1]!.replace(/\[\d+\]/g, '') : '';
}

/**
 * Names the argument behind an input error that graphql-js reports before
 * any resolver runs, so that every bad input carries `extensions.argument`
 * like the errors resolvers throw:
 * - a literal of the wrong type (an unknown enum value, a malformed DateTime)
 *   fails validation; it is marked here, and `formatError` reports it as
 *   BAD_USER_INPUT instead of a validation failure;
 * - a variable of the wrong type, missing or null where it must not be, is
 *   already BAD_USER_INPUT; it gets the path of the argument that uses the
 *   variable, down to the input field whose value is bad ("input.timeZone"
 *   for `createEvent(input: $input)`).
 */
export function useArgumentErrors(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ document }) {
          return async (errors?: readonly Error[]) => {
            for (const error of errors ?? []) {
              if (!(error instanceof GraphQLError)) continue;
              const node = error.nodes?.[0];
              if (!node || !valueKinds.has(node.kind)) continue;
              const argument = argumentPathAt(document, node);
              if (argument) error.extensions.argument = argument;
            }
          };
        },
        async didEncounterErrors({ document, errors }) {
          if (!document) return;
          for (const error of errors) {
            const variable = invalidVariable.exec(error.message)?.[1];
            if (!variable || error.extensions.argument) continue;
            const argument = argumentPathOfVariable(document, variable);
            if (argument) error.extensions.argument = argument + fieldsInVariable(error.message, variable);
          }
        },
      };
    },
  };
}
