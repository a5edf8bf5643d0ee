import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import postgres from 'postgres';
import { withNoDelay } from '../../src/core/database/noDelaySocket.js';
import { workloadNames, type WorkloadName } from '../workloads.js';
import { handwrittenQueries } from './handwrittenQueries.js';
import type { RunningTarget } from './protocol.js';

/** The positional parameters of each workload's statement, from the request's variables. */
function parametersOf(workload: WorkloadName, variables: Record<string, unknown>): unknown[] {
  switch (workload) {
    case 'W1':
      return [variables.chapterId, variables.first ?? 50];
    case 'W2':
    case 'W3':
      return [variables.id];
  }
}

const byOperation = new Map(workloadNames.map((name) => [handwrittenQueries[name].operationName, name]));

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Target (c): the physical limit. A bare node:http handler takes the same
 * request body as Paddock, picks the workload by its operation name, runs
 * that workload's one prepared statement through postgres.js and writes the
 * JSON text PostgreSQL built. No GraphQL, no token check, no logging.
 */
export async function startSqlTarget(url: string): Promise<RunningTarget> {
  const sql = postgres(url, { max: 10, onnotice: () => {}, connection: { application_name: 'paddock-bench-sql' }, ...withNoDelay });
  let operations = 0;

  const server = createServer((request, response) => {
    void (async () => {
      try {
        const { operationName, variables } = JSON.parse(await readBody(request)) as {
          operationName?: string;
          variables?: Record<string, unknown>;
        };
        const workload = operationName ? byOperation.get(operationName) : undefined;
        if (!workload) {
          response.writeHead(400, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ errors: [{ message: `no statement for operation ${operationName}` }] }));
          return;
        }
        const params = parametersOf(workload, variables ?? {}) as postgres.ParameterOrJSON<never>[];
        const [row] = await sql.unsafe<{ body: string }[]>(handwrittenQueries[workload].sql, params, { prepare: true });
        operations++;
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(row?.body ?? '{"data":null}');
      } catch (error) {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    // One statement per request, by construction.
    counts: () => ({ operations, statements: operations }),
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sql.end({ timeout: 5 });
    },
  };
}
