import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../core/context.js';
import { describeError } from '../../core/describeError.js';
import { isClientRequestError } from '../clientRequestError.js';
import { isPublicCode } from '../publicErrorCodes.js';

/**
 * Logs one line per operation with the request id, the operation's name, the
 * number of SQL statements it sent and how long it took, and logs each
 * unexpected error in full for the operators. Variables are never logged:
 * they may hold personal data.
 */
export function useRequestLogging(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const startedAt = performance.now();
      return {
        async didEncounterErrors({ errors, contextValue: context }) {
          // One failure reaches the gateway once per path it broke (each
          // member of a page, say); it is logged once, with how many paths.
          const byMessage = new Map<string, { error: (typeof errors)[number]; paths: number }>();
          for (const error of errors) {
            if (isPublicCode(error.extensions?.code) || isClientRequestError(error)) continue;
            const seen = byMessage.get(error.message);
            if (seen) seen.paths++;
            else byMessage.set(error.message, { error, paths: 1 });
          }
          for (const { error, paths } of byMessage.values()) {
            context.logger.error({ error: describeError(error.originalError ?? error), path: error.path, paths }, 'unexpected error');
          }
        },
        async willSendResponse({ operationName, errors }) {
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              statements: contextValue.statements.count,
              errors: errors?.length ?? 0,
              durationMs: Math.round(performance.now() - startedAt),
            },
            'operation',
          );
        },
      };
    },
  };
}
