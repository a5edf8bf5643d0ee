import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, isScalarType, type GraphQLSchema, type ValueNode } from 'graphql';
import { scalarsByName } from '../../core/scalars.js';

/**
 * The gateway's schema knows custom scalars only by name and accepts any
 * value for them, so a malformed DateTime would reach a subgraph, fail there
 * without a code and come back as an internal error. Giving the gateway's
 * scalars the subgraphs' own parsers makes it reject such input up front, as
 * graphql-js rejects any bad argument: a validation error for a literal (which
 * useArgumentErrors turns into BAD_USER_INPUT) and BAD_USER_INPUT for a
 * variable. Serialisation is left alone: the gateway passes subgraph output
 * through unchanged.
 */
export function useScalarInputChecks(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          checkScalarInputs(apiSchema);
        },
      };
    },
  };
}

function checkScalarInputs(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    const implementation = isScalarType(type) ? scalarsByName[type.name] : undefined;
    if (!isScalarType(type) || !implementation) continue;
    type.parseValue = implementation.parseValue.bind(implementation);
    type.parseLiteral = (node: ValueNode, variables?: Record<string, unknown> | null) => {
      try {
        return implementation.parseLiteral(node, variables);
      } catch (error) {
        // graphql-js reports a GraphQLError from parseLiteral as it is, and
        // some scalars (TimeZone) throw one without the node, which leaves
        // the error with no location and no argument; a plain error gets both.
        if (error instanceof GraphQLError && !error.nodes?.length) throw new Error(error.message);
        throw error;
      }
    };
  }
}
