import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../core/errors.js';
import { isClientRequestError } from './clientRequestError.js';
import { isPublicCode } from './publicErrorCodes.js';

/**
 * Lets expected errors through and hides everything else behind one generic
 * message: an unexpected error may carry SQL, stack traces or personal data.
 * The original is logged where it happened, with the request id: by the
 * subgraph that threw it (see guardResolvers) or by the request logging
 * plugin.
 */
export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  if (isClientRequestError(error)) {
    formatted = { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
  }
  // An argument literal of the wrong type, marked by useArgumentErrors.
  if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && typeof formatted.extensions.argument === 'string') {
    formatted = { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BadUserInput } };
  }
  const code = formatted.extensions?.code;
  if (isPublicCode(code)) {
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
