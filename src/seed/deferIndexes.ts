import type { BulkLoader } from '../core/database/database.js';

/** A table by schema and name, as the catalog names it. */
export interface QualifiedTable {
  schema: string;
  name: string;
}

interface Definition {
  statement: string;
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Takes the indexes and constraints off tables about to be loaded, in the
 * load's own transaction, and returns the statements that put them back as
 * they were (same names, same definitions, read from the catalog).
 *
 * Loading into bare tables and indexing afterwards is much cheaper than
 * keeping every index up to date row by row: an index built at the end
 * sorts its keys once, where a random UUID key lands on a random page of the
 * tree for every row, and a foreign key checked at the end is one join
 * where row by row it is one lookup (and one row lock) per row. Primary
 * keys, unique constraints and foreign keys are checked when they are put
 * back, so rows that break them still fail the load, which then rolls back
 * whole, the indexes included. Foreign keys of other tables that point into
 * these tables come off too, since a primary key cannot be dropped under
 * them.
 */
export async function deferIndexes(loader: BulkLoader, tables: readonly QualifiedTable[]): Promise<string[]> {
  const oids = tables.map((table) => `(${literal(table.schema)}, ${literal(table.name)})`).join(', ');
  const loaded = `(select c.oid from pg_class c join pg_namespace n on n.oid = c.relnamespace where (n.nspname, c.relname) in (${oids}))`;

  // Foreign keys first, then the keys they need, then the other indexes.
  const constraints = await loader.query<Definition & { drop: string; kind: string }>(`
    select format('alter table %s drop constraint %I', c.conrelid::regclass, c.conname) as drop,
           format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) as statement,
           c.contype as kind
    from pg_constraint c
    where (c.contype = 'f' and (c.conrelid in ${loaded} or c.confrelid in ${loaded}))
       or (c.contype in ('p', 'u') and c.conrelid in ${loaded})
    order by c.contype = 'f' desc, c.conname`);
  const indexes = await loader.query<Definition & { drop: string }>(`
    select format('drop index %s', i.indexrelid::regclass) as drop, pg_get_indexdef(i.indexrelid) as statement
    from pg_index i
    where i.indrelid in ${loaded}
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
    order by i.indexrelid::regclass::text`);

  for (const { drop } of [...constraints, ...indexes]) await loader.query(drop);

  // Keys before the foreign keys that need them; plain indexes in between.
  const keys = constraints.filter((constraint) => constraint.kind !== 'f');
  const foreignKeys = constraints.filter((constraint) => constraint.kind === 'f');
  return [...keys, ...indexes, ...foreignKeys].map((definition) => definition.statement);
}
