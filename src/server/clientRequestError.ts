import type { GraphQLError } from 'graphql';

/**
 * Whether Apollo Server refused the request itself with a 4xx status and no
 * code of its own, as it does for a persisted query whose hash does not
 * match its text: the client's mistake, safe to show, nothing to alert on.
 */
export function isClientRequestError(error: unknown): boolean {
  const extensions = (error as GraphQLError | null)?.extensions;
  if (!extensions || extensions.code !== undefined) return false;
  const status = (extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
