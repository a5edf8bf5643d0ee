import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { getTableConfig, PgEnumColumn, PgTimestamp, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { BulkCopy, DatabaseHandle } from '../core/database/database.js';
import { seededTables } from './seededTables.js';

/** Rows per COPY: a few megabytes of text at most. */
const rowsPerCopy = 50_000;

/** Turns a value (never null) into its COPY text form. */
type Encode = (value: unknown) => string;

const copySpecials = /[\\\t\n\r]/;
const copyEscapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Free text as COPY reads it: backslash, tab and line breaks escaped. */
function escapeCopyText(text: string): string {
  return copySpecials.test(text) ? text.replace(/[\\\t\n\r]/g, (special) => copyEscapes[special]!) : text;
}

/** Column types whose values print as COPY reads them, with nothing to escape. */
const plainTypes = new Set(['uuid', 'integer', 'smallint', 'bigint', 'boolean', 'date']);

function encoderOf(column: PgColumn): Encode {
  // An instant travels as ISO 8601 in UTC, which timestamptz reads exactly.
  if (is(column, PgTimestamp) && column.withTimezone) return (value) => (value as Date).toISOString();
  if (is(column, PgEnumColumn) || plainTypes.has(column.getSQLType())) return (value) => String(value);
  return (value) => {
    const driverValue: unknown = column.mapToDriverValue(value);
    return escapeCopyText(driverValue instanceof Date ? driverValue.toISOString() : String(driverValue));
  };
}

/** A writer of one subgraph's share of a batch: it copies rows into tables. */
export type Writer = BulkCopy;

/**
 * Inserts rows into a Drizzle table with COPY ... FROM, in COPY's text
 * format: one line per row, tab between values, \\N for null. COPY is the
 * cheapest way in for the server (no statement to plan, no parameters) and
 * the text costs little to build: plain values print as they are, only free
 * text is escaped, instants print as ISO 8601. Identity columns are left to
 * the database, which numbers the rows in the order they come. A value left
 * out (undefined) is written as null, as it was by the unnest inserts
 * before.
 */
export async function insertRows<TTable extends PgTable>(
  writer: Writer,
  table: TTable,
  rows: readonly TTable['$inferInsert'][],
): Promise<void> {
  const columns = Object.entries(getTableColumns(table)).filter(([, column]) => column.generatedIdentity === undefined);
  const keys = columns.map(([key]) => key);
  const encoders = columns.map(([, column]) => encoderOf(column));
  const { schema } = getTableConfig(table);
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const target = `${schema ? `${quote(schema)}.` : ''}${quote(getTableName(table))} (${columns.map(([, column]) => quote(column.name)).join(', ')})`;

  for (let start = 0; start < rows.length; start += rowsPerCopy) {
    const end = Math.min(rows.length, start + rowsPerCopy);
    let text = '';
    for (let index = start; index < end; index++) {
      const row = rows[index] as Record<string, unknown>;
      let line = '';
      for (let column = 0; column < keys.length; column++) {
        const value = row[keys[column]!];
        if (column > 0) line += '\t';
        line += value === null || value === undefined ? '\\N' : encoders[column]!(value);
      }
      text += `${line}\n`;
    }
    await writer(target, text);
  }
}

/** One subgraph's share of a batch: a function that inserts it in order. */
export type SubgraphWrite = (writer: Writer) => Promise<void>;

/**
 * Writes each subgraph's rows in a transaction of its own. On PostgreSQL the
 * subgraphs' transactions run side by side on the pool; PGlite has a single
 * connection, so there they run one after another.
 */
export async function writeSubgraphs(handle: DatabaseHandle, writes: readonly SubgraphWrite[]): Promise<void> {
  if (handle.kind === 'postgres') {
    await Promise.all(writes.map((write) => handle.bulkLoad(write)));
  } else {
    for (const write of writes) await handle.bulkLoad(write);
  }
}

/** The rows of one batch of members, by table. */
export interface MemberBatch {
  members: (typeof seededTables.members.members.$inferInsert)[];
  cars: (typeof seededTables.members.cars.$inferInsert)[];
  membershipTerms: (typeof seededTables.members.membershipTerms.$inferInsert)[];
  statusChanges: (typeof seededTables.members.statusChanges.$inferInsert)[];
  memberStandings: (typeof seededTables.loyalty.memberStandings.$inferInsert)[];
  tierChanges: (typeof seededTables.loyalty.tierChanges.$inferInsert)[];
  pointsEntries: (typeof seededTables.loyalty.pointsEntries.$inferInsert)[];
  pointsCharges: (typeof seededTables.loyalty.pointsCharges.$inferInsert)[];
  scoreFacts: (typeof seededTables.loyalty.scoreFacts.$inferInsert)[];
  memberTiers: (typeof seededTables.benefits.memberTiers.$inferInsert)[];
  redemptions: (typeof seededTables.benefits.redemptions.$inferInsert)[];
  serviceOrders: (typeof seededTables.benefits.serviceOrders.$inferInsert)[];
  registrations: (typeof seededTables.events.registrations.$inferInsert)[];
  ratings: (typeof seededTables.events.ratings.$inferInsert)[];
}

export function emptyMemberBatch(): MemberBatch {
  return {
    members: [],
    cars: [],
    membershipTerms: [],
    statusChanges: [],
    memberStandings: [],
    tierChanges: [],
    pointsEntries: [],
    pointsCharges: [],
    scoreFacts: [],
    memberTiers: [],
    redemptions: [],
    serviceOrders: [],
    registrations: [],
    ratings: [],
  };
}

/**
 * Writes a batch of members with each subgraph's tables. Members go in
 * member-number order, so a referrer is always written before the members
 * they referred; registrations go in the order they were taken, which gives
 * each event's registrations their first-come sequence.
 */
export function writeMemberBatch(handle: DatabaseHandle, batch: MemberBatch): Promise<void> {
  const { members, loyalty, benefits, events } = seededTables;
  return writeSubgraphs(handle, [
    async (tx) => {
      await insertRows(tx, members.members, batch.members);
      await insertRows(tx, members.cars, batch.cars);
      await insertRows(tx, members.membershipTerms, batch.membershipTerms);
      await insertRows(tx, members.statusChanges, batch.statusChanges);
    },
    async (tx) => {
      await insertRows(tx, loyalty.memberStandings, batch.memberStandings);
      await insertRows(tx, loyalty.tierChanges, batch.tierChanges);
      await insertRows(tx, loyalty.pointsEntries, batch.pointsEntries);
      await insertRows(tx, loyalty.pointsCharges, batch.pointsCharges);
      await insertRows(tx, loyalty.scoreFacts, batch.scoreFacts);
    },
    async (tx) => {
      await insertRows(tx, benefits.memberTiers, batch.memberTiers);
      await insertRows(tx, benefits.redemptions, batch.redemptions);
      await insertRows(tx, benefits.serviceOrders, batch.serviceOrders);
    },
    async (tx) => {
      await insertRows(tx, events.registrations, batch.registrations);
      await insertRows(tx, events.ratings, batch.ratings);
    },
  ]);
}
