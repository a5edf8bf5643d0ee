import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { viewerFromAuthorization } from '../core/auth.js';
import type { EventNotifier } from '../core/bus/domainEvent.js';
import type { DatabaseHandle } from '../core/database/database.js';
import type { Logger } from '../core/logger.js';
import type { GatewayContext } from '../gateway/gatewayContext.js';

const requestIdPattern = /^[A-Za-z0-9._-]{1,100}$/;

export interface ContextDependencies {
  database: DatabaseHandle;
  logger: Logger;
  jwtSecret: string;
  events: EventNotifier;
}

/**
 * Builds the context of one HTTP request: its id (the caller's x-request-id
 * when it is a sane token, so a trace can cross services), its viewer from
 * the bearer token, a logger that stamps the id on every line, and a database
 * that counts the statements the request sends.
 */
export function contextFactory(dependencies: ContextDependencies) {
  return async ({ req }: { req: IncomingMessage }): Promise<GatewayContext> => {
    const offered = req.headers['x-request-id'];
    const requestId = typeof offered === 'string' && requestIdPattern.test(offered) ? offered : randomUUID();
    const authorization = req.headers.authorization;
    const viewer = await viewerFromAuthorization(authorization, dependencies.jwtSecret);
    const statements = { count: 0 };
    return {
      requestId,
      viewer,
      authorization,
      statements,
      logger: dependencies.logger.child({ requestId, role: viewer.role }),
      db: dependencies.database.observed({ onStatement: () => void statements.count++ }),
      events: dependencies.events,
    };
  };
}
