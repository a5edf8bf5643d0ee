/**
 * The rows of a raw `execute` result. postgres.js returns an array of rows,
 * PGlite an object with a `rows` array; the data layer reads both the same.
 */
export function rowsOf<TRow>(result: unknown): TRow[] {
  if (Array.isArray(result)) return result as TRow[];
  return ((result as { rows?: TRow[] }).rows ?? []) as TRow[];
}
