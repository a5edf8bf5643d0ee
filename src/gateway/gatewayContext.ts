import type { RequestContext } from '../core/context.js';

/**
 * The gateway's per-request context. In process, subgraphs receive this very
 * object; remote subgraphs get the token and request id as headers.
 */
export interface GatewayContext extends RequestContext {
  readonly authorization: string | undefined;
}
