import { developmentSecret } from '../../src/core/auth.js';
import { EventBus } from '../../src/core/bus/eventBus.js';
import type { DatabaseHandle } from '../../src/core/database/database.js';
import { subgraphs } from '../../src/gateway/subgraphs.js';
import { contextFactory } from '../../src/server/createContext.js';
import { createGatewayServer } from '../../src/server/createGatewayServer.js';
import { serveHttp } from '../../src/server/http/serveHttp.js';
import { benchMaxQueryCost } from './benchMaxQueryCost.js';
import { countingLogger } from './countingLogger.js';
import { buildPlainSchema } from './plainSchema.js';
import type { RunningTarget } from './protocol.js';

/**
 * Target (b): the same resolvers as one plain schema, no gateway, behind the
 * same Apollo Server (plugins, validation, error masking), the same context
 * and the same event bus as target (a). The difference between the two is
 * what federation costs.
 */
export async function startPlainTarget(database: DatabaseHandle): Promise<RunningTarget> {
  const { logger, counts } = countingLogger();
  const handlers = subgraphs.flatMap((subgraph) => subgraph.eventHandlers);
  const events = new EventBus({ database, handlers, subscriptions: handlers, logger });
  await events.start();

  const server = createGatewayServer({ schema: buildPlainSchema(subgraphs) }, { maxQueryCost: benchMaxQueryCost });
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
