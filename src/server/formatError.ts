import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../core/errors.js';

/**
 * Codes a client may see with their message. Apollo's own request errors are
 * about the client's document and are safe; so are Paddock's codes.
 */
const publicCodes = new Set<string>([
  ErrorCode.BadUserInput,
  ErrorCode.Unauthenticated,
  ErrorCode.Forbidden,
  ErrorCode.NotFound,
  ErrorCode.Conflict,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Lets expected errors through and hides everything else behind one generic
 * message: an unexpected error may carry SQL, stack traces or personal data.
 * The original is logged by the request logging plugin, with the request id.
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  // An argument literal of the wrong type, marked by useArgumentErrors.
  if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && typeof formatted.extensions.argument === 'string') {
    formatted = { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BadUserInput } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && publicCodes.has(code)) {
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Unexpected error.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.InternalServerError },
  };
}
