import { viewerFromAuthorization } from '../core/auth.js';
import type { EventNotifier } from '../core/bus/domainEvent.js';
import type { DatabaseHandle } from '../core/database/database.js';
import type { Logger } from '../core/logger.js';
import type { GatewayContext } from '../gateway/gatewayContext.js';
import type { HttpRequest } from './http/serveHttp.js';

export interface ContextDependencies {
  database: DatabaseHandle;
  logger: Logger;
  jwtSecret: string;
  events: EventNotifier;
}

/**
 * Builds the context of one HTTP request: its id (see `toRequestId`), its
 * viewer from the bearer token, a logger that stamps the id on every line,
 * and a database that counts the statements the request sends.
 */
export function contextFactory(dependencies: ContextDependencies) {
  return async (request: HttpRequest): Promise<GatewayContext> => {
    const requestId = request.id;
    const authorization = request.headers.authorization;
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
