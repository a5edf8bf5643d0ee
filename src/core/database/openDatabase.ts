import { mkdirSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { BulkLoader, DatabaseHandle, StatementObserver } from './database.js';

export interface DatabaseOptions {
  /** A PostgreSQL connection string; without it Paddock runs on embedded PGlite. */
  url?: string;
  /** Where PGlite keeps its files; without it PGlite lives in memory. */
  dataDir?: string;
  /** Connections in the PostgreSQL pool. */
  poolSize?: number;
}

function toLogger(observer: StatementObserver) {
  return { logQuery: (sql: string) => observer.onStatement(sql) };
}

/**
 * The one place that chooses the driver: postgres.js when a URL is given,
 * PGlite otherwise. Everything above works on the Drizzle database it returns.
 */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const client = postgres(options.url, {
      max: options.poolSize ?? 10,
      onnotice: () => {},
      connection: { application_name: 'paddock' },
    });
    return {
      kind: 'postgres',
      db: drizzlePostgres({ client }),
      observed: (observer) => drizzlePostgres({ client, logger: toLogger(observer) }),
      bulkLoad: async <T>(work: (loader: BulkLoader) => Promise<T>) => {
        let result: T | undefined;
        await client.begin(async (tx) => {
          result = await work({
            copy: async (target, format, data) => {
              const stream = await tx.unsafe(`copy ${target} from stdin with (format ${format})`).writable();
              stream.end(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
              await finished(stream);
            },
            query: async <TRow>(sql: string) => (await tx.unsafe(sql)) as unknown as TRow[],
          });
        });
        return result as T;
      },
      listen: async (channel, onNotify) => {
        const { unlisten } = await client.listen(channel, () => onNotify());
        return unlisten;
      },
      close: () => client.end({ timeout: 5 }),
    };
  }

  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await client.waitReady;
  return {
    kind: 'pglite',
    db: drizzlePglite({ client }),
    observed: (observer) => drizzlePglite({ client, logger: toLogger(observer) }),
    bulkLoad: (work) =>
      client.transaction((tx) =>
        work({
          // PGlite reads COPY data from a Blob it names /dev/blob.
          copy: async (target, format, data) => {
            await tx.query(`copy ${target} from '/dev/blob' with (format ${format})`, [], { blob: new Blob([data]) });
          },
          query: async <TRow>(sql: string) => (await tx.query<TRow>(sql)).rows,
        }),
      ),
    listen: (channel, onNotify) => client.listen(channel, () => onNotify()),
    close: () => client.close(),
  };
}
