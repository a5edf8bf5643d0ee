import { randomUUID } from 'node:crypto';

const requestIdPattern = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * The id of one request: the caller's x-request-id when it is a sane token,
 * so that a trace can cross services (the gateway sends its own id to remote
 * subgraphs), and a fresh UUID otherwise.
 */
export function toRequestId(offered: string | string[] | undefined): string {
  return typeof offered === 'string' && requestIdPattern.test(offered) ? offered : randomUUID();
}
