import { asc, getTableColumns, lte, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import { invariant } from '../invariant.js';
import type { Database } from './database.js';
import type { PreparedStatement } from './preparedQuery.js';

/**
 * What a grouped query may select: table columns, and expressions named with
 * `.as()` (the outer query can only refer to a subquery's fields by name).
 */
export type GroupFields = Record<string, PgColumn | SQL.Aliased>;

export interface FirstPerGroupQuery<TTable extends PgTable, TFields extends GroupFields> {
  /** The one table the rows come from. */
  from: TTable;
  /** The fields of each row; every column of `from` when left out. */
  select?: TFields;
  /**
   * The column naming each row's group, usually the parent's id. It must be
   * one of the fields selected, since the rows come back ordered by it.
   */
  partitionBy: NoInfer<Extract<TFields[keyof TFields], PgColumn>>;
  /**
   * The order within each group, e.g. `[desc(t.createdAt), desc(t.id)]`. End
   * it with a unique column, or which rows make the cut is left to chance.
   */
  orderBy: ReadonlyArray<PgColumn | SQL>;
  /**
   * Which rows take part: the parents' ids, filters and any keyset `after`
   * condition. It applies before the rows are numbered, so a group's limit
   * counts only rows that match.
   */
  where: SQL | undefined;
  /** The most rows to return per group. */
  limit: number;
}

/**
 * The first `limit` rows of each group, for any number of groups, in ONE
 * statement: what a DataLoader needs for a nested list with a per-parent
 * `first`. A plain LIMIT would cap all groups together, so a subquery numbers
 * each group's rows with `row_number() over (partition by ... order by ...)`
 * and the outer query keeps those numbered up to `limit`.
 *
 * Rows come grouped by `partitionBy` (ascending), each group's in `orderBy`
 * order; groups without a matching row have none. No authorisation happens
 * here: callers decide which groups to ask for.
 *
 * @example
 * // The newest 5 redemptions of each member asked for.
 * firstPerGroup(db, {
 *   from: redemptions,
 *   partitionBy: redemptions.memberId,
 *   orderBy: [desc(redemptions.redeemedAt), desc(redemptions.id)],
 *   where: inArray(redemptions.memberId, memberIds),
 *   limit: 5,
 * });
 */
export async function firstPerGroup<
  TTable extends PgTable,
  TFields extends GroupFields = TTable['_']['columns'],
>(
  db: Database,
  query: FirstPerGroupQuery<TTable, TFields>,
): Promise<Array<NoInfer<SelectResultFields<TFields>>>> {
  const rows = await firstPerGroupSelect(db, query, query.limit);
  // Drizzle cannot follow a generic selection through a subquery, but the
  // fields read back are exactly `TFields`, so the rows have its shape.
  return rows as Array<SelectResultFields<TFields>>;
}

/**
 * firstPerGroup's statement prepared under `name`, its limit the placeholder
 * `limit`, for preparedQuery and its kin (preparedQueryPerShape) to build
 * once per database.
 */
export function prepareFirstPerGroup<TTable extends PgTable, TFields extends GroupFields = TTable['_']['columns']>(
  db: Database,
  query: Omit<FirstPerGroupQuery<TTable, TFields>, 'limit'>,
  name: string,
): PreparedStatement<Array<NoInfer<SelectResultFields<TFields>>>> {
  // As in firstPerGroup: the rows have the shape of `TFields`.
  return firstPerGroupSelect(db, query, sql.placeholder('limit')).prepare(name) as PreparedStatement<
    Array<SelectResultFields<TFields>>
  >;
}

/** The statement of firstPerGroup, with its limit a number or a placeholder. */
function firstPerGroupSelect<TTable extends PgTable, TFields extends GroupFields>(
  db: Database,
  query: Omit<FirstPerGroupQuery<TTable, TFields>, 'limit'>,
  limit: number | Placeholder,
) {
  const table: PgTable = query.from;
  const fields: GroupFields = query.select ?? getTableColumns(table);
  const groupField = Object.keys(fields).find((name) => fields[name] === query.partitionBy);
  invariant(groupField !== undefined, 'firstPerGroup must select the column it partitions by');
  invariant(!('groupPosition' in fields), 'firstPerGroup reserves the field name "groupPosition"');

  // Number each group's rows among those that match, in the caller's order.
  const orderBy = sql.join([...query.orderBy], sql`, `);
  const position = sql<number>`row_number() over (
    partition by ${query.partitionBy} order by ${orderBy}
  )`;
  const numbered: GroupFields & { groupPosition: SQL.Aliased<number> } = {
    ...fields,
    groupPosition: position.as('group_position'),
  };
  const ranked = db
    .select(numbered)
    .from(table)
    .where(query.where)
    .as('ranked');

  // Read back the caller's fields only, so no row carries its number.
  const rankedField = (name: string): GroupFields[string] => {
    const field = ranked[name];
    invariant(field !== undefined, `the subquery lacks the field "${name}"`);
    return field;
  };
  const selected = Object.fromEntries(
    Object.keys(fields).map((name) => [name, rankedField(name)]),
  );
  return db
    .select(selected)
    .from(ranked)
    .where(lte(ranked.groupPosition, limit))
    .orderBy(asc(rankedField(groupField)), asc(ranked.groupPosition));
}
