import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../core/database/database.js';
import { seededTables } from './seededTables.js';

/**
 * Empties every table the seed fills, in all six schemas, and restarts their
 * identity sequences, so that a new seed numbers registrations from 1 again.
 */
export async function resetClub(handle: DatabaseHandle): Promise<void> {
  const tables = Object.values(seededTables).flatMap((subgraph) => Object.values(subgraph));
  await handle.db.execute(sql`truncate table ${sql.join(tables, sql`, `)} restart identity`);
}
