import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCors from '@fastify/cors';
import Fastify, { type FastifyError } from 'fastify';
import type { Logger } from '../../core/logger.js';
import { queryLimits } from '../limits/queryLimits.js';
import { toRequestId } from './requestId.js';

/** What the HTTP layer knows of a request when it asks for its GraphQL context. */
export interface HttpRequest {
  readonly id: string;
  readonly headers: IncomingHttpHeaders;
}

export interface HttpServingOptions<TContext extends BaseContext> {
  /** A started Apollo Server. */
  apollo: ApolloServer<TContext>;
  context: (request: HttpRequest) => Promise<TContext>;
  logger: Logger;
  host: string;
  port: number;
}

export interface HttpServing {
  url: string;
  /** Stops taking connections and waits for the requests in flight. */
  close(): Promise<void>;
}

/** How the graph is asked: GET for queries (and HEAD with it), POST for any operation. */
const graphMethods = ['GET', 'POST'] as const;

/** The answer to a request the HTTP layer refuses before GraphQL sees it, shaped like a GraphQL error. */
function refusal(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * Serves an Apollo Server at `/` over HTTP with Fastify. The HTTP layer is
 * where a request is first refused: a body over `queryLimits.maxBodyBytes`
 * (413), a body that is not JSON (400), a content type GraphQL does not take
 * (415), a method other than GET and POST (405). Those refusals are
 * GraphQL-shaped JSON with a code, never an HTML page, and are logged with
 * the request id but without the body, which may hold personal data. Browsers on other origins (a front end's dev server)
 * may call the graph: it is read with bearer tokens, not cookies.
 */
export async function serveHttp<TContext extends BaseContext>(options: HttpServingOptions<TContext>): Promise<HttpServing> {
  const app = Fastify({
    logger: false,
    bodyLimit: queryLimits.maxBodyBytes,
    genReqId: (request) => toRequestId(request.headers['x-request-id']),
  });
  await app.register(fastifyCors, { exposedHeaders: ['x-request-id'] });
  // GraphQL over HTTP is JSON; a text body would reach Apollo Server only to
  // be refused there with a less useful answer.
  app.removeContentTypeParser('text/plain');

  // Every answer names its request, refusals and failed authentication
  // included, so an operator can find it in the log.
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    const log = options.logger.child({ requestId: request.id });
    if (status === 500) log.error({ error: { name: error.name, message: error.message } }, 'unexpected HTTP error');
    else log.info({ status, code: error.code }, 'request refused');
    void reply
      .code(status)
      .send(status === 500 ? refusal('Unexpected error.', 'INTERNAL_SERVER_ERROR') : refusal(error.message, 'BAD_REQUEST'));
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    // Fastify finds no route for a method the graph's path does not take
    // either; the path is right, so the answer is 405, as HTTP has it, not 404.
    if (path === '/') {
      void reply
        .code(405)
        .header('allow', graphMethods.join(', '))
        .send(refusal(`The graph is served over ${graphMethods.join(' and ')}, not ${request.method}.`, 'BAD_REQUEST'));
      return;
    }
    void reply.code(404).send(refusal(`Nothing is served at ${path}: the graph is at /.`, 'NOT_FOUND'));
  });

  app.route({
    method: [...graphMethods],
    url: '/',
    handler: fastifyApolloHandler(options.apollo, {
      context: (request) => options.context({ id: request.id, headers: request.headers }),
    }),
  });

  await app.listen({ host: options.host, port: options.port });
  const { port } = app.server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { url: `http://${host}:${port}/`, close: () => app.close() };
}
