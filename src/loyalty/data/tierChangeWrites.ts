import { randomUUID } from 'node:crypto';
import type { Database } from '../../core/database/database.js';
import { tierChanges, type TierChangeRow } from './tables.js';

/** What a new tier change says; its id is made here. */
export type NewTierChange = Omit<TierChangeRow, 'id'>;

/** Records tier changes and returns them as stored, in the order given. */
export async function insertTierChanges(tx: Database, changes: readonly NewTierChange[]): Promise<TierChangeRow[]> {
  if (changes.length === 0) return [];
  const rows = changes.map((change) => ({ id: randomUUID(), ...change }));
  // Large reviews go in slices, well below PostgreSQL's limit of parameters per statement.
  for (let start = 0; start < rows.length; start += 5_000) {
    await tx.insert(tierChanges).values(rows.slice(start, start + 5_000));
  }
  return rows;
}
