import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ApolloGateway } from '@apollo/gateway';
import type { GatewayContext } from '../gateway/gatewayContext.js';
import { formatError } from './formatError.js';
import { useArgumentErrors } from './plugins/useArgumentErrors.js';
import { useRequestLogging } from './plugins/useRequestLogging.js';
import { useScalarInputChecks } from './plugins/useScalarInputChecks.js';

/** The deepest selection a query may make; the club graph's deepest real query is about 8. */
export const maxQueryDepth = 12;

/**
 * The Apollo Server in front of the gateway. Introspection stays on: front-end
 * teams explore the graph from a browser IDE. Cache-control hints are not
 * used by any client, and computing them costs CPU on every request.
 */
export function createGatewayServer(gateway: ApolloGateway): ApolloServer<GatewayContext> {
  return new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    formatError,
    validationRules: [maxDepthRule({ n: maxQueryDepth, flattenFragments: true })],
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      useRequestLogging(),
      useArgumentErrors(),
      useScalarInputChecks(),
    ],
  });
}
