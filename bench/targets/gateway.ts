import { developmentSecret } from '../../src/core/auth.js';
import type { DatabaseHandle } from '../../src/core/database/database.js';
import { subgraphs } from '../../src/gateway/subgraphs.js';
import { startGatewayServer } from '../../src/server/startGatewayServer.js';
import { benchMaxQueryCost } from './benchMaxQueryCost.js';
import { countingLogger } from './countingLogger.js';
import type { RunningTarget } from './protocol.js';

/**
 * Target (a): Paddock as `npm start` serves it, through the same server
 * factory, with every subgraph in process.
 */
export async function startGatewayTarget(database: DatabaseHandle): Promise<RunningTarget> {
  const { logger, counts } = countingLogger();
  const server = await startGatewayServer({
    subgraphs,
    database,
    logger,
    jwtSecret: developmentSecret,
    host: '127.0.0.1',
    port: 0,
    maxQueryCost: benchMaxQueryCost,
  });
  return { url: server.url, counts, stop: () => server.stop() };
}
