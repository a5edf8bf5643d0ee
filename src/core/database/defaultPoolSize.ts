/**
 * Connections in the PostgreSQL pool unless DATABASE_POOL_SIZE says
 * otherwise. One Node process runs one thread, and postgres.js pipelines
 * statements on a busy connection: every further connection adds a server
 * process to wake, and a socket write, for each statement, on cores the
 * process shares with the database. On the bench's two cores two
 * connections answered the member and event pages about a third faster
 * under load than ten (bench/RESULTS.md). A statement queued behind a slow
 * one waits for it, so a deployment with long statements raises the size.
 */
export const defaultPoolSize = 2;
