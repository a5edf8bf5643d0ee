import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getVariableValues,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { documentMemo } from '../limits/documentMemo.js';
import { paginatedCost } from '../limits/queryCost.js';
import { queryLimits } from '../limits/queryLimits.js';

/** The most selections the estimator walks before it gives up on an operation. */
const maxSelections = 10_000;

/**
 * Variables longer than this as JSON are costed on every request rather than
 * kept: a page size is a few characters, a mutation's input can be large.
 */
const longestRememberedVariables = 2_000;

/**
 * The estimated cost, or Infinity for an operation with more selections
 * than the estimator is willing to walk.
 */
function costOf(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
}): number {
  // Bad variables are refused when the operation runs, with the argument
  // named; the cost cannot be read from them anyway.
  const coerced = getVariableValues(options.schema, options.operation.variableDefinitions ?? [], options.variables ?? {});
  if (coerced.errors) return 0;

  try {
    return getComplexity({
      schema: options.schema,
      query: options.document,
      variables: options.variables,
      operationName: options.operationName,
      estimators: [paginatedCost],
      maxQueryNodes: maxSelections,
    });
  } catch (error) {
    if (error instanceof GraphQLError) return Number.POSITIVE_INFINITY;
    throw error;
  }
}

/**
 * Refuses an operation whose estimated answer is larger than
 * `queryLimits.maxCost`, before any resolver runs. It runs once the
 * operation is known, because the cost depends on the variables (`first`
 * is usually one). The error is a validation failure with status 400 and
 * says both numbers, so a client can tell how far to shrink its pages.
 */
export function useQueryCost(maxCost: number = queryLimits.maxCost): ApolloServerPlugin {
  // The same query with the same variables costs the same; clients send the
  // same few again and again, and the estimate walks the whole document.
  const costs = documentMemo<number>(64);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          const options = { schema, document, operation, variables: request.variables, operationName: request.operationName };
          const key = `${request.operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
          const cost = key.length > longestRememberedVariables ? costOf(options) : costs(document, key, () => costOf(options));
          if (cost <= maxCost) return;
          const message = Number.isFinite(cost)
            ? `The query's estimated cost of ${cost} exceeds the limit of ${maxCost}: ask for smaller pages (first) or fewer nested lists.`
            : `The query makes more than ${maxSelections} selections, too many to estimate its cost: ask for fewer fields.`;
          throw new GraphQLError(message, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost: Number.isFinite(cost) ? cost : null, maxCost, http: { status: 400 } },
          });
        },
      };
    },
  };
}
