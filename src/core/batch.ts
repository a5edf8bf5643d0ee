/**
 * Helpers that line up rows with the keys a DataLoader asked for, in the
 * order it asked: a batch function must return one result per key.
 */

/** One row (or null) per key. */
export function oneByKey<TKey, TRow>(keys: readonly TKey[], rows: readonly TRow[], keyOf: (row: TRow) => TKey): (TRow | null)[] {
  const byKey = new Map<TKey, TRow>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** All rows of each key, in the order the rows came. */
export function manyByKey<TKey, TRow>(keys: readonly TKey[], rows: readonly TRow[], keyOf: (row: TRow) => TKey): TRow[][] {
  const byKey = new Map<TKey, TRow[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = byKey.get(key);
    if (group) group.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}
