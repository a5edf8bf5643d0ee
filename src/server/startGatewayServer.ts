import { startStandaloneServer } from '@apollo/server/standalone';
import type { DatabaseHandle } from '../core/database/database.js';
import type { Logger } from '../core/logger.js';
import type { Subgraph } from '../core/subgraph.js';
import { createGateway } from '../gateway/createGateway.js';
import { contextFactory } from './createContext.js';
import { createGatewayServer } from './createGatewayServer.js';

export interface GatewayServerOptions {
  subgraphs: readonly Subgraph[];
  database: DatabaseHandle;
  logger: Logger;
  jwtSecret: string;
  host: string;
  port: number;
  remoteUrls?: Readonly<Record<string, string>>;
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Serves the club graph over HTTP: the gateway with its subgraphs in process. */
export async function startGatewayServer(options: GatewayServerOptions): Promise<RunningServer> {
  const gateway = createGateway({ subgraphs: options.subgraphs, logger: options.logger, remoteUrls: options.remoteUrls });
  const server = createGatewayServer(gateway);
  const { url } = await startStandaloneServer(server, {
    listen: { host: options.host, port: options.port },
    context: contextFactory({ database: options.database, logger: options.logger, jwtSecret: options.jwtSecret }),
  });
  return { url, stop: () => server.stop() };
}
