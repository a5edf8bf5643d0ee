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

/** What a bulk load can do inside its one transaction. */
export interface BulkLoader {
  /**
   * Copies rows with COPY ... FROM into `target` (a quoted table name with
   * its column list), in COPY's text or binary format.
   */
  copy(target: string, format: 'text' | 'binary', data: Uint8Array<ArrayBuffer>): Promise<void>;
  /** Runs one statement without parameters and returns its rows. */
  query<TRow>(sql: string): Promise<TRow[]>;
}

/** An open connection (pool) to the club's database. */
export interface DatabaseHandle {
  readonly kind: 'pglite' | 'postgres';
  /** A database that reports each statement to the observer given. */
  observed(observer: StatementObserver): Database;
  /** The database without any observer, for jobs, seeding and migrations. */
  readonly db: Database;
  /**
   * Loads rows in bulk in ONE transaction on one connection, for the seed:
   * `work` gets a loader that sends rows with COPY ... FROM, the fastest way
   * into a table, and runs the statements around it (dropping and making
   * indexes) in the same transaction.
   */
  bulkLoad<T>(work: (loader: BulkLoader) => Promise<T>): Promise<T>;
  /** Calls `onNotify` on every NOTIFY on `channel`; resolves to a function that stops listening. */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
