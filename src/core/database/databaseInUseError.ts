import { DatabaseOpenError } from './databaseOpenError.js';

/** How long the lock of a process that died without releasing it still holds. */
export const dataDirLockStaleSeconds = 30;

/**
 * A PGlite data directory another process holds open. PGlite is PostgreSQL
 * inside one process: two processes writing one directory corrupt it, so
 * the second opener is refused with what to do instead. Its message is one
 * line, for a command line to print as it is.
 */
export class DatabaseInUseError extends DatabaseOpenError {
  override name = 'DatabaseInUseError';

  constructor(readonly dataDir: string) {
    super(
      `The PGlite database in ${dataDir} is in use by another process (a running server or command), and PGlite can be opened by one process at a time: stop the server first, or do the work through the API (such as the runLifecycleJob or applyTierReview mutation), or set DATABASE_URL to use PostgreSQL, where commands and the server share the database safely. A lock left by a process that crashed goes stale within ${dataDirLockStaleSeconds} s.`,
    );
  }
}
