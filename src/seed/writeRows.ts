import { getTableColumns, is, sql, type SQL } from 'drizzle-orm';
import { PgEnumColumn, PgTimestamp, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Database, DatabaseHandle } from '../core/database/database.js';
import { seededTables } from './seededTables.js';

/** Rows per statement: large enough to be quick, small enough to keep statements to a few megabytes. */
const rowsPerStatement = 10_000;

type Writer = Pick<Database, 'execute'>;

/**
 * How one column travels: as an array literal of a type, turned back into
 * the column's value by an expression over the unnested element.
 */
interface ColumnTransport {
  key: string;
  name: string;
  arrayType: SQL;
  encode: (value: unknown) => string;
  select: SQL;
}

const needsQuotes = /[\s"',\\{}]|^null$/i;

/** An array element: bare when it can be, quoted and escaped when it must. */
function element(text: string): string {
  return text === '' || needsQuotes.test(text) ? `"${text.replace(/[\\"]/g, '\\$&')}"` : text;
}

function transportOf(key: string, column: PgColumn): ColumnTransport {
  const name = sql.identifier(column.name);
  if (is(column, PgTimestamp) && column.withTimezone) {
    // Milliseconds since the epoch: formatting millions of ISO strings costs seconds.
    return {
      key,
      name: column.name,
      arrayType: sql`float8[]`,
      encode: (value) => String((value as Date).getTime()),
      select: sql`to_timestamp(${name} / 1000.0)`,
    };
  }
  const arrayType = is(column, PgEnumColumn)
    ? column.enum.schema
      ? sql`${sql.identifier(column.enum.schema)}.${sql.identifier(column.enum.enumName)}[]`
      : sql`${sql.identifier(column.enum.enumName)}[]`
    : sql.raw(`${column.getSQLType()}[]`);
  // Ids, numbers, dates and enum labels never need quoting; free text may.
  const plain = is(column, PgEnumColumn) || ['uuid', 'integer', 'smallint', 'bigint', 'boolean', 'date'].includes(column.getSQLType());
  return {
    key,
    name: column.name,
    arrayType,
    encode: plain
      ? (value) => String(column.mapToDriverValue(value))
      : (value) => {
          const driverValue: unknown = column.mapToDriverValue(value);
          return element(driverValue instanceof Date ? driverValue.toISOString() : String(driverValue));
        },
    select: sql`${name}`,
  };
}

function arrayLiteral(transport: ColumnTransport, rows: readonly Record<string, unknown>[]): string {
  const parts = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const value = rows[i]![transport.key];
    parts[i] = value === null || value === undefined ? 'NULL' : transport.encode(value);
  }
  return `{${parts.join(',')}}`;
}

/**
 * Inserts rows into a Drizzle table, sending each column as one array
 * parameter that unnest() turns back into rows. A plain multi-row insert
 * binds a parameter per value, so it must stay under PostgreSQL's 65,535
 * parameters per statement, and Drizzle spends about 20 µs a row building
 * it: a minute for the millions of rows of a 100,000-member club. This way a
 * statement has one parameter per column, whatever the number of rows.
 * Identity columns are left to the database.
 */
export async function insertRows<TTable extends PgTable>(
  writer: Writer,
  table: TTable,
  rows: readonly TTable['$inferInsert'][],
): Promise<void> {
  const transports = Object.entries(getTableColumns(table))
    .filter(([, column]) => column.generatedIdentity === undefined)
    .map(([key, column]) => transportOf(key, column));
  const names = sql.join(transports.map((transport) => sql.identifier(transport.name)), sql`, `);
  const selects = sql.join(transports.map((transport) => transport.select), sql`, `);
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement) as Record<string, unknown>[];
    const arrays = transports.map((transport) => sql`${arrayLiteral(transport, chunk)}::${transport.arrayType}`);
    await writer.execute(
      sql`insert into ${table} (${names}) select ${selects} from unnest(${sql.join(arrays, sql`, `)}) as seeded(${names})`,
    );
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
  const run = (write: SubgraphWrite) => handle.db.transaction((tx) => write(tx));
  if (handle.kind === 'postgres') {
    await Promise.all(writes.map(run));
  } else {
    for (const write of writes) await run(write);
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
