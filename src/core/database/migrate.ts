import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { DatabaseHandle } from './database.js';

/** Where one subgraph keeps its migrations and its tables. */
export interface MigrationSet {
  /** The PostgreSQL schema the subgraph owns; its migration journal lives there too. */
  schema: string;
  folder: string;
}

/**
 * Applies each subgraph's migrations. Every subgraph keeps its own journal,
 * so a subgraph deployed on its own migrates only what it owns.
 */
export async function migrate(handle: DatabaseHandle, sets: readonly MigrationSet[]): Promise<void> {
  for (const set of sets) {
    // The journal cannot live in the subgraph's own schema: the first
    // migration creates that schema and would find it already there.
    const config = {
      migrationsFolder: set.folder,
      migrationsSchema: 'drizzle',
      migrationsTable: `${set.schema}_migrations`,
    };
    if (handle.kind === 'pglite') {
      await migratePglite(handle.db as PgliteDatabase, config);
    } else {
      await migratePostgres(handle.db as PostgresJsDatabase, config);
    }
  }
}
