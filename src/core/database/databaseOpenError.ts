/**
 * A database that cannot be opened for a reason the operator must fix
 * (another process holds it, the server cannot be reached). Its message is
 * one line that says what to do, for a command line to print as it is,
 * without a stack.
 */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}
