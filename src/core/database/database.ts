import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/**
 * A Drizzle database, whichever driver is underneath. Data layers take this
 * type and never learn whether they run on PGlite or on a PostgreSQL server.
 */
export type Database = PgDatabase<PgQueryResultHKT>;

/** Observes every SQL statement a database handle sends, without its parameters. */
export interface StatementObserver {
  onStatement(sql: string): void;
}

/** Copies rows (COPY text format, one line each) into a table and its columns. */
export type BulkCopy = (target: string, rows: string) => Promise<void>;

/** An open connection (pool) to the club's database. */
export interface DatabaseHandle {
  readonly kind: 'pglite' | 'postgres';
  /** A database that reports each statement to the observer given. */
  observed(observer: StatementObserver): Database;
  /** The database without any observer, for jobs, seeding and migrations. */
  readonly db: Database;
  /**
   * Loads rows in bulk in ONE transaction, for the seed: `work` gets `copy`,
   * which sends rows in COPY text format into `target` (a quoted table name
   * with its column list) with COPY ... FROM, the fastest way into a table.
   */
  bulkLoad(work: (copy: BulkCopy) => Promise<void>): Promise<void>;
  /** Calls `onNotify` on every NOTIFY on `channel`; resolves to a function that stops listening. */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
