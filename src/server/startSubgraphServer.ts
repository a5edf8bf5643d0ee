import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import type { RequestContext } from '../core/context.js';
import { EventBus } from '../core/bus/eventBus.js';
import type { DatabaseHandle } from '../core/database/database.js';
import type { Logger } from '../core/logger.js';
import type { Subgraph } from '../core/subgraph.js';
import { contextFactory } from './createContext.js';
import { formatError } from './formatError.js';
import { serveHttp } from './http/serveHttp.js';
import { limitRules } from './limits/validationRules.js';
import { queryLimits } from './limits/queryLimits.js';
import { useQueryCost } from './plugins/useQueryCost.js';
import { useTextInputChecks } from './plugins/useTextInputChecks.js';
import { useArgumentErrors } from './plugins/useArgumentErrors.js';
import { useRequestLogging } from './plugins/useRequestLogging.js';
import type { RunningServer } from './startGatewayServer.js';

export interface SubgraphServerOptions {
  subgraph: Subgraph;
  /** Every subgraph of the graph, whose subscriptions the bus registers (see EventBusOptions). */
  allSubgraphs: readonly Subgraph[];
  database: DatabaseHandle;
  logger: Logger;
  jwtSecret: string;
  host: string;
  port: number;
  /** The largest estimated cost a query may have; `queryLimits.maxCost` unless given. */
  maxQueryCost?: number;
}

/**
 * Serves one subgraph on its own over HTTP, for a gateway that lists it in
 * PADDOCK_SUBGRAPH_URLS. The subgraph verifies the caller's token itself
 * (the gateway forwards the Authorization header and x-request-id), so its
 * resolvers see the same context as in process. Errors are masked here as at
 * the gateway: the gateway passes a subgraph's errors on as they arrive.
 */
export async function startSubgraphServer(options: SubgraphServerOptions): Promise<RunningServer> {
  const logger = options.logger.child({ subgraph: options.subgraph.name });
  const events = new EventBus({
    database: options.database,
    handlers: options.subgraph.eventHandlers,
    subscriptions: options.allSubgraphs.flatMap((subgraph) => subgraph.eventHandlers),
    logger,
  });
  await events.start();

  const server = new ApolloServer<RequestContext>({
    schema: options.subgraph.schema,
    formatError,
    // A subgraph can be reached without the gateway, so it keeps the same limits.
    parseOptions: { maxTokens: queryLimits.maxTokens },
    validationRules: [...limitRules],
    // Federated traces are only read by Apollo's hosted studio, which
    // Paddock does not report to; cache hints are not used by any client.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      useRequestLogging(),
      useArgumentErrors(),
      useTextInputChecks(),
      useQueryCost(options.maxQueryCost),
    ],
  });
  await server.start();
  const http = await serveHttp({
    apollo: server,
    context: contextFactory({ database: options.database, logger, jwtSecret: options.jwtSecret, events }),
    logger,
    host: options.host,
    port: options.port,
  });
  return {
    url: http.url,
    events,
    async stop() {
      await http.close();
      await server.stop();
      await events.stop();
    },
  };
}
