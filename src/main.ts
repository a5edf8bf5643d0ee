import { loadConfig, type Config } from './config.js';
import type { DatabaseHandle } from './core/database/database.js';
import { DatabaseOpenError } from './core/database/databaseOpenError.js';
import { openDatabase } from './core/database/openDatabase.js';
import { migrate } from './core/database/migrate.js';
import { createLogger } from './core/logger.js';
import { migrationSets, subgraphs } from './gateway/subgraphs.js';
import { seedIfEmpty } from './seed/seedIfEmpty.js';
import { startGatewayServer } from './server/startGatewayServer.js';

// A configuration mistake is the operator's to fix: one clear line, no stack.
let config: Config;
try {
  config = loadConfig(process.env);
} catch (error) {
  createLogger().fatal({ problem: error instanceof Error ? error.message : String(error) }, 'cannot start');
  process.exit(1);
}
const logger = createLogger({ level: config.logLevel });

// A PGlite directory another process holds, or a PostgreSQL server that
// cannot be reached, is the operator's to sort out too.
let database: DatabaseHandle;
try {
  database = await openDatabase(config.database);
} catch (error) {
  if (!(error instanceof DatabaseOpenError)) throw error;
  logger.fatal({ problem: error.message }, 'cannot start');
  process.exit(1);
}
logger.info({ database: database.kind }, 'database open');

await migrate(database, migrationSets);
await seedIfEmpty(database, { ...config.seed, logger });

// Subgraphs named in PADDOCK_SUBGRAPH_URLS run as their own services (see
// `npm run subgraph`); the gateway reaches them over HTTP.
const remoteUrls = config.subgraphUrls;
if (Object.keys(remoteUrls).length > 0) logger.info({ remoteUrls }, 'remote subgraphs');

const server = await startGatewayServer({ ...config, subgraphs, database, logger, remoteUrls });
logger.info({ url: server.url }, `The club graph is served at ${server.url}`);

// Stops taking requests, then closes the database, so PGlite flushes its files.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    logger.info({ signal }, 'shutting down');
    await server.stop();
    await database.close();
    process.exit(0);
  });
}
