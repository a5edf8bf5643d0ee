import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';

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

/** The name of the argument whose value contains `node`, if any. */
function argumentContaining(document: DocumentNode, node: ASTNode): string | undefined {
  const at = node.loc;
  if (!at) return undefined;
  let found: string | undefined;
  visit(document, {
    Argument(argument) {
      const span = argument.value.loc;
      if (span && span.start <= at.start && at.end <= span.end) found = argument.name.value;
    },
  });
  return found;
}

/**
 * A literal argument value of the wrong type (an unknown enum value, a string
 * where a number belongs) fails validation before any resolver runs. graphql-js
 * reports it as a validation failure; for a client it is bad input to one
 * argument, so the error is marked with that argument and `formatError`
 * reports it as BAD_USER_INPUT, the same code a wrong variable gets.
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
              const argument = argumentContaining(document, node);
              if (argument) error.extensions.argument = argument;
            }
          };
        },
      };
    },
  };
}
