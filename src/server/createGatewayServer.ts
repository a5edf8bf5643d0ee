import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloGateway } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../gateway/gatewayContext.js';
import { formatError } from './formatError.js';
import { queryLimits } from './limits/queryLimits.js';
import { gatewayIntrospectionRule } from './gatewayIntrospectionRule.js';
import { limitRules } from './limits/validationRules.js';
import { useArgumentErrors } from './plugins/useArgumentErrors.js';
import { useOperationChoice } from './plugins/useOperationChoice.js';
import { useQueryCost } from './plugins/useQueryCost.js';
import { useRequestLogging } from './plugins/useRequestLogging.js';
import { useScalarInputChecks } from './plugins/useScalarInputChecks.js';
import { useTextInputChecks } from './plugins/useTextInputChecks.js';

/**
 * What the server executes: the gateway over the supergraph, or one schema
 * (the bench serves the subgraphs' resolvers as one plain schema through the
 * very same server, to measure what federation costs).
 */
export type GraphSource = { gateway: ApolloGateway } | { schema: GraphQLSchema };

/**
 * The Apollo Server in front of the gateway. Introspection stays on: front-end
 * teams explore the graph from a browser IDE. Every query is held to
 * `queryLimits` before it runs. Cache-control hints are not used by any
 * client, and computing them costs CPU on every request.
 */
export function createGatewayServer(
  source: GraphSource,
  options: { maxQueryCost?: number } = {},
): ApolloServer<GatewayContext> {
  return new ApolloServer<GatewayContext>({
    ...source,
    introspection: true,
    formatError,
    parseOptions: { maxTokens: queryLimits.maxTokens },
    validationRules: [...limitRules, gatewayIntrospectionRule],
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      useRequestLogging(),
      useOperationChoice(),
      useArgumentErrors(),
      useScalarInputChecks(),
      useTextInputChecks(),
      useQueryCost(options.maxQueryCost),
    ],
  });
}
