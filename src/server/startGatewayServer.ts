import { EventBus } from '../core/bus/eventBus.js';
import type { DatabaseHandle } from '../core/database/database.js';
import type { Logger } from '../core/logger.js';
import type { Subgraph } from '../core/subgraph.js';
import { createGateway } from '../gateway/createGateway.js';
import { contextFactory } from './createContext.js';
import { createGatewayServer } from './createGatewayServer.js';
import { serveHttp } from './http/serveHttp.js';

export interface GatewayServerOptions {
  subgraphs: readonly Subgraph[];
  database: DatabaseHandle;
  logger: Logger;
  jwtSecret: string;
  host: string;
  port: number;
  remoteUrls?: Readonly<Record<string, string>>;
  /** The largest estimated cost a query may have; `queryLimits.maxCost` unless given. */
  maxQueryCost?: number;
}

export interface RunningServer {
  url: string;
  /** Delivers the domain events of the subgraphs this process serves. */
  events: EventBus;
  stop(): Promise<void>;
}

/**
 * Serves the club graph over HTTP: the gateway with its subgraphs in process,
 * and the event bus that carries their domain events to each other.
 */
export async function startGatewayServer(options: GatewayServerOptions): Promise<RunningServer> {
  const local = options.subgraphs.filter((subgraph) => !options.remoteUrls?.[subgraph.name]);
  const events = new EventBus({
    database: options.database,
    handlers: local.flatMap((subgraph) => subgraph.eventHandlers),
    subscriptions: options.subgraphs.flatMap((subgraph) => subgraph.eventHandlers),
    logger: options.logger,
  });
  await events.start();

  const gateway = createGateway({ subgraphs: options.subgraphs, logger: options.logger, remoteUrls: options.remoteUrls });
  const server = createGatewayServer({ gateway }, { maxQueryCost: options.maxQueryCost });
  await server.start();
  const http = await serveHttp({
    apollo: server,
    context: contextFactory({ ...options, events }),
    logger: options.logger,
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
