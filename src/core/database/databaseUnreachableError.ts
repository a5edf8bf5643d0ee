import { DatabaseOpenError } from './databaseOpenError.js';

/**
 * The PostgreSQL server of DATABASE_URL refused, failed or never answered a
 * first statement. `where` is host, port and database only: the URL's
 * password never reaches a message.
 */
export class DatabaseUnreachableError extends DatabaseOpenError {
  override name = 'DatabaseUnreachableError';

  constructor(
    readonly where: string,
    reason: string,
  ) {
    super(`Cannot use the PostgreSQL database ${where}: ${reason}. Check DATABASE_URL and that the server is running and reachable.`);
  }
}

/** What postgres.js parsed from a connection string: where the database is. */
export interface DatabaseLocation {
  host: readonly string[];
  port: readonly number[];
  database: string;
}

/** "host:port/database" (each host with its port), for messages; a password never appears. */
export function describeDatabase(location: DatabaseLocation): string {
  const servers = location.host.map((host, index) => `${host}:${location.port[index] ?? location.port[0] ?? 5432}`);
  return `${servers.join(',')}/${location.database}`;
}
