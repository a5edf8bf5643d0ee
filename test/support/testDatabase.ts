import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { DatabaseHandle, StatementObserver } from '../../src/core/database/database.js';
import { migrate } from '../../src/core/database/migrate.js';
import { openDatabase } from '../../src/core/database/openDatabase.js';
import { migrationSets } from '../../src/gateway/subgraphs.js';

/**
 * The PostgreSQL server the suite runs against, when there is one. Without it
 * every test file gets an in-memory PGlite of its own.
 */
export const testServerUrl = process.env.TEST_DATABASE_URL;

export interface TestDatabase {
  handle: DatabaseHandle;
  /**
   * Counts every statement sent through `handle.observed(...)` while it runs;
   * `sent` holds their texts in the order they went out.
   */
  countStatements<T>(run: () => Promise<T>): Promise<{ result: T; statements: number; sent: string[] }>;
  close(): Promise<void>;
}

/**
 * A migrated, empty database for one test file: a fresh in-memory PGlite, or
 * a database of its own on the test server, dropped again on close.
 */
export async function openTestDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  let drop = async () => {};
  let inner: DatabaseHandle;

  if (testServerUrl) {
    const name = `paddock_test_${randomBytes(6).toString('hex')}`;
    const admin = postgres(testServerUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(testServerUrl);
    url.pathname = `/${name}`;
    inner = await openDatabase({ url: url.toString(), poolSize: options.poolSize });
    drop = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    inner = await openDatabase({});
  }

  let counter: { count: number; sent: string[] } | null = null;
  const handle: DatabaseHandle = {
    kind: inner.kind,
    db: inner.db,
    observed: (observer: StatementObserver) =>
      inner.observed({
        onStatement: (sql) => {
          if (counter) {
            counter.count++;
            counter.sent.push(sql);
          }
          observer.onStatement(sql);
        },
      }),
    bulkLoad: (work) => inner.bulkLoad(work),
    listen: (channel, onNotify) => inner.listen(channel, onNotify),
    close: () => inner.close(),
  };

  await migrate(handle, migrationSets);

  return {
    handle,
    async countStatements(run) {
      counter = { count: 0, sent: [] };
      try {
        const result = await run();
        return { result, statements: counter.count, sent: counter.sent };
      } finally {
        counter = null;
      }
    },
    async close() {
      await handle.close();
      await drop();
    },
  };
}
