import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode } from 'graphql';
import { ErrorCode } from '../../core/errors.js';

/** The names of the document's operations, "an anonymous operation" for one without. */
function operationsOf(document: DocumentNode): string[] {
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [definition.name ? `"${definition.name.value}"` : 'an anonymous operation'] : [],
  );
}

function messageFor(document: DocumentNode, operationName: string | undefined): string {
  const operations = operationsOf(document);
  if (operationName === undefined) {
    return `The document holds ${operations.length} operations (${operations.join(', ')}): name the one to run in operationName.`;
  }
  return `The document holds no operation named "${operationName}"; it holds ${operations.join(', ')}.`;
}

/**
 * Refuses a request whose operationName does not pick one operation of its
 * document: none given for a document of several, or a name the document
 * does not hold. Apollo Server leaves such a request to execution, where
 * graphql-js's complaint surfaces as an internal error with status 500,
 * although the client alone can fix it.
 */
export function useOperationChoice(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation) return;
          throw new GraphQLError(messageFor(document, request.operationName ?? undefined), {
            extensions: { code: ErrorCode.BadUserInput, argument: 'operationName', http: { status: 400 } },
          });
        },
      };
    },
  };
}
