import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database, DatabaseHandle } from '../core/database/database.js';
import { seededTables } from './seededTables.js';

/** PostgreSQL takes at most 65,535 bind parameters in one statement. */
const maxParameters = 65_535;

type Writer = Pick<Database, 'insert'>;

/** Inserts rows in as few statements as the parameter limit allows. */
export async function insertRows<TTable extends PgTable>(
  writer: Writer,
  table: TTable,
  rows: readonly TTable['$inferInsert'][],
): Promise<void> {
  const perRow = Object.keys(getTableColumns(table)).length;
  const chunk = Math.max(1, Math.floor(maxParameters / perRow));
  for (let start = 0; start < rows.length; start += chunk) {
    await writer.insert(table).values(rows.slice(start, start + chunk) as TTable['$inferInsert'][]);
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
    },
    async (tx) => {
      await insertRows(tx, benefits.redemptions, batch.redemptions);
      await insertRows(tx, benefits.serviceOrders, batch.serviceOrders);
    },
    async (tx) => {
      await insertRows(tx, events.registrations, batch.registrations);
      await insertRows(tx, events.ratings, batch.ratings);
    },
  ]);
}
