import { Column, getTableName, is, SQL, Subquery } from 'drizzle-orm';
import { PgTimestamp } from 'drizzle-orm/pg-core';
import { parseInstantText } from './instantText.js';

/** A selected field as Drizzle orders a select's fields: where it goes in the row object, and what it is. */
export interface OrderedField {
  path: readonly string[];
  field: unknown;
}

/** What turns a driver's value into the field's value. */
interface Decoder {
  mapFromDriverValue(value: unknown): unknown;
}

/** A column whose driver value is its value (Column's own mapFromDriverValue returns its argument). */
const passesThrough = (decoder: Decoder) => decoder.mapFromDriverValue === Column.prototype.mapFromDriverValue;

/** Drizzle's decoding of a `timestamp with time zone` read as a Date, without V8's general date parser. */
const instantDecoder: Decoder = {
  mapFromDriverValue: (value) => (typeof value === 'string' ? parseInstantText(value) : value),
};

function decoderOf(field: unknown): Decoder {
  if (is(field, PgTimestamp) && field.withTimezone) return instantDecoder;
  if (is(field, Column)) return field;
  if (is(field, SQL)) return (field as unknown as { decoder: Decoder }).decoder;
  if (is(field, Subquery)) return (field._ as unknown as { sql: { decoder: Decoder } }).sql.decoder;
  return (field as { sql: { decoder: Decoder } }).sql.decoder;
}

/** A nested object of the row: its key and what goes in it, in the select's order. */
interface ObjectShape {
  entries: Map<string, number | ObjectShape>;
}

/**
 * The row mapping of a Drizzle select, made into one function per statement:
 * the same objects Drizzle's mapResultRow makes from the driver's value
 * arrays, the same nulls for a left-joined table without a row, but with
 * every per-column decision (which decoder, which nesting, which table) taken
 * once instead of for every value of every row. Mapping rows column by
 * column was about an eighth of the gateway's CPU on the roster (README,
 * performance section).
 *
 * A joined table's object is null, as Drizzle has it, when the table is
 * nullable in the join (`joinsNotNullableMap[table]` false) and the first of
 * its columns is null.
 */
export function compileRowMapper(
  fields: readonly OrderedField[],
  joinsNotNullableMap: Record<string, boolean> | undefined,
): (rows: readonly unknown[][]) => unknown[] {
  const decoders = fields.map(({ field }) => decoderOf(field));
  const root: ObjectShape = { entries: new Map() };
  fields.forEach(({ path }, index) => {
    let shape = root;
    path.forEach((key, depth) => {
      if (depth === path.length - 1) {
        shape.entries.set(key, index);
        return;
      }
      let inner = shape.entries.get(key);
      if (typeof inner !== 'object') {
        inner = { entries: new Map() };
        shape.entries.set(key, inner);
      }
      shape = inner;
    });
  });

  // Which top-level objects become null, and on which column's null.
  const nullWhen = new Map<string, number>();
  if (joinsNotNullableMap) {
    const tablesOf = new Map<string, { first: number; tables: Set<string> }>();
    fields.forEach(({ path, field }, index) => {
      if (path.length !== 2 || !is(field, Column)) return;
      const seen = tablesOf.get(path[0]!) ?? { first: index, tables: new Set<string>() };
      seen.tables.add(getTableName(field.table));
      tablesOf.set(path[0]!, seen);
    });
    for (const [objectName, { first, tables }] of tablesOf) {
      const [table] = tables;
      if (tables.size === 1 && !joinsNotNullableMap[table!]) nullWhen.set(objectName, first);
    }
  }

  const value = (index: number) => `v${index}`;
  const objectCode = (shape: ObjectShape): string =>
    `{${[...shape.entries]
      .map(([key, entry]) => `${JSON.stringify(key)}: ${typeof entry === 'number' ? value(entry) : objectCode(entry)}`)
      .join(', ')}}`;
  const reads = decoders
    .map((decoder, index) =>
      passesThrough(decoder)
        ? `const ${value(index)} = row[${index}];`
        : `const ${value(index)} = row[${index}] === null ? null : decoders[${index}].mapFromDriverValue(row[${index}]);`,
    )
    .join('\n');
  const nulls = [...nullWhen]
    .map(([objectName, index]) => `if (${value(index)} === null) result[${JSON.stringify(objectName)}] = null;`)
    .join('\n');
  const body = `return function mapRows(rows) {
    const mapped = new Array(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      ${reads}
      const result = ${objectCode(root)};
      ${nulls}
      mapped[r] = result;
    }
    return mapped;
  };`;
  return new Function('decoders', body)(decoders) as (rows: readonly unknown[][]) => unknown[];
}
