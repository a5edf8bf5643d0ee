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

/** Whether an error with this code reaches the client as it is. */
export function isPublicCode(code: unknown): code is string {
  return typeof code === 'string' && publicCodes.has(code);
}
