import { mkdirSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import lockfile from 'proper-lockfile';
import type { BulkLoader, DatabaseHandle, StatementObserver } from './database.js';
import { dataDirLockStaleSeconds, DatabaseInUseError } from './databaseInUseError.js';
import { defaultPoolSize } from './defaultPoolSize.js';
import { DatabaseUnreachableError, describeDatabase } from './databaseUnreachableError.js';
import { withNoDelay } from './noDelaySocket.js';
import { trackObserved } from './preparedQuery.js';

export interface DatabaseOptions {
  /** A PostgreSQL connection string; without it Paddock runs on embedded PGlite. */
  url?: string;
  /** Where PGlite keeps its files; without it PGlite lives in memory. */
  dataDir?: string;
  /** Connections in the PostgreSQL pool; defaultPoolSize when omitted. */
  poolSize?: number;
  /** How long a PostgreSQL server may take to answer the first statement; 15 s when omitted. */
  answerWithinSeconds?: number;
}

/**
 * Sends a first statement, so that a server that refuses, fails or never
 * answers is one clear DatabaseUnreachableError at open rather than a stack
 * trace from the first migration. postgres.js connects lazily, and keeps
 * retrying a server that accepts the connection but never answers, so the
 * wait has a deadline of its own.
 */
async function ensureAnswers(client: postgres.Sql, seconds: number): Promise<void> {
  const where = describeDatabase(client.options);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnreachableError(where, `it did not answer within ${seconds} s`)), seconds * 1000);
  });
  try {
    await Promise.race([client`select 1`, deadline]);
  } catch (error) {
    await client.end({ timeout: 0 });
    if (error instanceof DatabaseUnreachableError) throw error;
    throw new DatabaseUnreachableError(where, error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

function toLogger(observer: StatementObserver) {
  return { logQuery: (sql: string) => observer.onStatement(sql) };
}

/**
 * Takes the lock of a PGlite data directory for this process, released by
 * the function returned (and by proper-lockfile when the process exits).
 * The lock is a directory beside the data directory whose time the holder
 * keeps touching; one no longer touched (its process died) is stale after
 * `dataDirLockStaleSeconds` and taken over. DatabaseInUseError while
 * another process holds it.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, {
      stale: dataDirLockStaleSeconds * 1000,
      // Another process took the lock over as stale while this one was
      // stalled: going on would be two processes writing one directory.
      onCompromised: (cause) => {
        throw new Error(`Lost the lock of the PGlite database in ${dataDir} to another process; stopping before both write it.`, { cause });
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DatabaseInUseError(dataDir);
    throw error;
  }
  // Released once: a second close finds nothing left to release.
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    await release();
  };
}

/**
 * The one place that chooses the driver: postgres.js when a URL is given,
 * PGlite otherwise. Everything above works on the Drizzle database it returns.
 * A PGlite data directory is held by one process at a time, from here until
 * `close`: DatabaseInUseError when another process has it open. A
 * PostgreSQL server must answer a first statement: DatabaseUnreachableError
 * when it refuses, fails or does not answer in time.
 */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const client = postgres(options.url, {
      max: options.poolSize ?? defaultPoolSize,
      onnotice: () => {},
      connection: { application_name: 'paddock' },
      ...withNoDelay,
    });
    await ensureAnswers(client, options.answerWithinSeconds ?? 15);
    const db = drizzlePostgres({ client });
    return {
      kind: 'postgres',
      db,
      observed: (observer) => trackObserved(drizzlePostgres({ client, logger: toLogger(observer) }), db, observer),
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

  // An in-memory PGlite is this process's own: only a directory is locked.
  let release = async () => {};
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    release = await lockDataDir(options.dataDir);
  }
  let client: PGlite;
  try {
    client = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
    await client.waitReady;
  } catch (error) {
    await release();
    throw error;
  }
  const db = drizzlePglite({ client });
  return {
    kind: 'pglite',
    db,
    observed: (observer) => trackObserved(drizzlePglite({ client, logger: toLogger(observer) }), db, observer),
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
    close: async () => {
      try {
        await client.close();
      } finally {
        await release();
      }
    },
  };
}
