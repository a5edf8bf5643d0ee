/**
 * Asserts a state the data model guarantees, such as a foreign key. A failure
 * is a bug, reported to clients as an internal error.
 */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant violated: ${message}`);
}
