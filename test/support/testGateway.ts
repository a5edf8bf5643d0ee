import { signViewerToken, developmentSecret, type TokenSubject } from '../../src/core/auth.js';
import type { EventBus } from '../../src/core/bus/eventBus.js';
import { createLogger, type Logger } from '../../src/core/logger.js';
import { subgraphs } from '../../src/gateway/subgraphs.js';
import { startGatewayServer, type RunningServer } from '../../src/server/startGatewayServer.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import type { TestDatabase } from './testDatabase.js';

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }>;
  headers: Headers;
}

export interface RequestOptions<TVariables> {
  variables?: TVariables;
  /** Who asks; anonymous when omitted. */
  as?: TokenSubject;
  headers?: Record<string, string>;
}

export interface TestGateway {
  url: string;
  /** The event bus of the subgraphs in process; `drain()` waits for their reactions. */
  events: EventBus;
  request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
    options?: RequestOptions<TVariables>,
  ): Promise<GraphQLResponse<TData>>;
  stop(): Promise<void>;
}

export function tokenFor(subject: TokenSubject): Promise<string> {
  return signViewerToken(subject, { secret: developmentSecret });
}

/**
 * The real gateway over HTTP on a free port, with every subgraph in process
 * except those given `remoteUrls` (see test/server/remoteSubgraphs.test.ts).
 */
export async function startTestGateway(
  database: TestDatabase,
  options: { remoteUrls?: Readonly<Record<string, string>>; logger?: Logger; maxQueryCost?: number } = {},
): Promise<TestGateway> {
  const server: RunningServer = await startGatewayServer({
    subgraphs,
    database: database.handle,
    logger: options.logger ?? createLogger({ level: 'silent' }),
    jwtSecret: developmentSecret,
    host: '127.0.0.1',
    port: 0,
    remoteUrls: options.remoteUrls,
    maxQueryCost: options.maxQueryCost,
  });

  return {
    url: server.url,
    events: server.events,
    async request(document, options = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
      if (options.as) headers.authorization = `Bearer ${await tokenFor(options.as)}`;
      const query = typeof document === 'string' ? document : print(document);
      const response = await fetch(server.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables: options.variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<never>, 'status' | 'headers'>;
      return { status: response.status, headers: response.headers, ...body } as GraphQLResponse<never>;
    },
    stop: () => server.stop(),
  };
}
