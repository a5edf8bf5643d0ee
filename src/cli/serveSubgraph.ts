import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { busMigrations } from '../core/bus/busMigrations.js';
import { migrate } from '../core/database/migrate.js';
import { openDatabase } from '../core/database/openDatabase.js';
import { createLogger } from '../core/logger.js';
import { subgraphNames } from '../gateway/subgraphNames.js';
import { subgraphs } from '../gateway/subgraphs.js';
import type { RunningServer } from '../server/startGatewayServer.js';
import { startSubgraphServer } from '../server/startSubgraphServer.js';

const usage = `Usage: npm run subgraph -- --name <subgraph> [--port <port>] [--host <host>]

Serves one subgraph on its own, for a gateway started with
PADDOCK_SUBGRAPH_URLS="<subgraph>=http://<host>:<port>/". Needs DATABASE_URL.
The port and host default to PORT and HOST (4000 and 127.0.0.1 when unset).
Subgraphs: ${subgraphNames.join(', ')}.
`;

/** A mistake in the command line or the environment, reported without a stack. */
class UsageError extends Error {}

function parseArguments(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        name: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function toPort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new UsageError(`--port must be a port number, not "${value}".`);
  }
  return port;
}

/**
 * Why the service could not start. Startup sends only migrations, which carry
 * no personal data, so the driver's cause (such as a refused connection) is
 * shown in full; the statement's parameters are still left out.
 */
function startupFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const message = error.message.replace(/\nparams:[\s\S]*$/, '');
  return error.cause instanceof Error ? `${message} (cause: ${error.cause.message})` : message;
}

async function main(argv: string[]): Promise<void> {
  const args = parseArguments(argv);
  if (args.help) {
    process.stdout.write(usage);
    return;
  }
  if (args.name === undefined) throw new UsageError('--name is required.');
  const subgraph = subgraphs.find((candidate) => candidate.name === args.name);
  if (!subgraph) {
    throw new UsageError(`--name must be one of ${subgraphNames.join(', ')}, not "${args.name}".`);
  }

  const config = loadConfig(process.env);
  // PGlite lives inside one process, and every subgraph service and the
  // gateway must see the same club data: they need a shared server.
  if (!config.database.url) {
    throw new UsageError(
      'DATABASE_URL is required: a subgraph served on its own shares a PostgreSQL server with the other services, and the embedded PGlite cannot be shared between processes.',
    );
  }
  const rootLogger = createLogger({ level: config.logLevel });
  // The server stamps the subgraph's name on its own lines.
  const logger = rootLogger.child({ subgraph: subgraph.name });

  const port = args.port === undefined ? config.port : toPort(args.port);
  const database = await openDatabase(config.database);
  let server: RunningServer;
  try {
    // Each subgraph keeps its own migration journal, so this touches only
    // the schema this service owns.
    await migrate(database, [busMigrations, subgraph.migrations]);
    server = await startSubgraphServer({
      subgraph,
      allSubgraphs: subgraphs,
      database,
      logger: rootLogger,
      jwtSecret: config.jwtSecret,
      host: args.host ?? config.host,
      port,
      maxQueryCost: config.maxQueryCost,
    });
  } catch (error) {
    // The pool's open connections would keep the process alive.
    await database.close();
    throw error;
  }
  logger.info({ url: server.url }, `The ${subgraph.name} subgraph is served at ${server.url}`);

  // Stops taking requests before closing the pool, so no request loses its connection.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      logger.info({ signal }, 'shutting down');
      await server.stop();
      await database.close();
      process.exit(0);
    });
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`subgraph: ${startupFailure(error)}\n`);
  if (error instanceof UsageError) process.stderr.write(`\n${usage}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
