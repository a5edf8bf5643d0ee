import { getTableColumns } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { seededTables } from '../../src/seed/seededTables.js';

/** Every table the seed fills, as 'subgraph.name' and table. */
export const seededTableList: [string, PgTable][] = Object.entries(seededTables).flatMap(([subgraph, byName]) =>
  Object.entries(byName).map(([name, table]) => [`${subgraph}.${name}`, table as PgTable] as [string, PgTable]),
);

/** The primary key columns of a table, single or composite. */
export function primaryKeyOf(table: PgTable): PgColumn[] {
  const config = getTableConfig(table);
  const composite = config.primaryKeys[0]?.columns;
  if (composite) return composite;
  return Object.values(getTableColumns(table)).filter((column) => column.primary);
}
