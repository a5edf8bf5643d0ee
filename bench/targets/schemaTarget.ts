import type { GraphQLSchema } from 'graphql';
import { developmentSecret } from '../../src/core/auth.js';
import { EventBus } from '../../src/core/bus/eventBus.js';
import type { DatabaseHandle } from '../../src/core/database/database.js';
import { subgraphs } from '../../src/gateway/subgraphs.js';
import { contextFactory } from '../../src/server/createContext.js';
import { createGatewayServer } from '../../src/server/createGatewayServer.js';
import { serveHttp } from '../../src/server/http/serveHttp.js';
import { benchMaxQueryCost } from './benchMaxQueryCost.js';
import { countingLogger } from './countingLogger.js';
import type { RunningTarget } from './protocol.js';

/**
 * Serves `schema` behind the same Apollo Server (plugins, validation, error
 * masking), the same context and the same event bus as target (a), so that
 * only what executes the schema differs from the gateway.
 */
export async function serveSchemaTarget(database: DatabaseHandle, schema: GraphQLSchema): Promise<RunningTarget> {
  const { logger, counts } = countingLogger();
  const handlers = subgraphs.flatMap((subgraph) => subgraph.eventHandlers);
  const events = new EventBus({ database, handlers, subscriptions: handlers, logger });
  await events.start();

  const server = createGatewayServer({ schema }, { maxQueryCost: benchMaxQueryCost });
  await server.start();
  const http = await serveHttp({
    apollo: server,
    context: contextFactory({ database, logger, jwtSecret: developmentSecret, events }),
    logger,
    host: '127.0.0.1',
    port: 0,
  });
  return {
    url: http.url,
    counts,
    async stop() {
      await http.close();
      await server.stop();
      await events.stop();
    },
  };
}
