import type { MigrationSet } from '../database/migrate.js';
import { migrationsFolder } from '../schemaFiles.js';

/** The bus's own tables, migrated before any subgraph's. */
export const busMigrations: MigrationSet = { schema: 'bus', folder: `${migrationsFolder}bus` };
