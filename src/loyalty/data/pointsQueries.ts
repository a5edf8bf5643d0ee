import { and, count, desc, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { firstPerGroup } from '../../core/database/firstPerGroup.js';
import { equalsAny, preparedQuery } from '../../core/database/preparedQuery.js';
import { pointsEntries, type PointsEntryRow } from './tables.js';

/** The ledger entries of the ids given, in no particular order; unknown ids are left out. */
export function findPointsEntries(db: Database, ids: readonly string[]): Promise<PointsEntryRow[]> {
  return db.select().from(pointsEntries).where(inArray(pointsEntries.id, [...ids]));
}

/** The sums of several members' ledgers; a member without entries has no row. */
export interface LedgerTotalsRow {
  memberId: string;
  /** The sum of every entry's points: the balance. */
  balance: number;
  /** How many entries the ledger holds. */
  entries: number;
}

/**
 * The balance and entry count of several members' ledgers in one GROUP BY
 * statement. The balance is always computed from the ledger, never stored.
 * Members without entries are missing from the result.
 */
export async function sumLedgers(db: Database, memberIds: readonly string[]): Promise<LedgerTotalsRow[]> {
  const rows = await ledgerSumsOfMembers(db, { memberIds });
  return rows.map((row) => ({ ...row, balance: Number(row.balance), entries: Number(row.entries) }));
}

const ledgerSumsOfMembers = preparedQuery((db) =>
  db
    .select({
      memberId: pointsEntries.memberId,
      // sum() of integers is a bigint, which drivers return as text: every
      // legal ledger sums, and a balance beyond GraphQL's Int fails where it
      // is answered, alone, not here for every member of the batch.
      balance: sql<string | number>`sum(${pointsEntries.points})`.as('balance'),
      entries: count().as('entries'),
    })
    .from(pointsEntries)
    .where(equalsAny(pointsEntries.memberId, 'memberIds'))
    .groupBy(pointsEntries.memberId)
    .prepare('ledger_sums_of_members'),
);

/**
 * Where a ledger page starts: strictly after this entry in newest-first order.
 * `occurredAt` is the text `ledgerPositionOf` made, exact to the microsecond.
 */
export interface LedgerPosition {
  occurredAt: string;
  id: string;
}

/** A ledger entry with its exact position, from which its cursor is made. */
export type PositionedPointsEntryRow = PointsEntryRow & { position: LedgerPosition };

export interface LedgerPageQuery {
  memberIds: readonly string[];
  /** Entries after this position only; from the first entry when null. */
  after: LedgerPosition | null;
  /** The most entries to return per member. */
  limit: number;
}

/**
 * The occurrence time as UTC ISO 8601 text with microseconds. A JavaScript
 * Date keeps only milliseconds, so a cursor made from one could skip or repeat
 * entries booked within the same millisecond.
 */
const exactOccurredAt = sql<string>`to_char(
  ${pointsEntries.occurredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'
)`;

function afterPosition(after: LedgerPosition | null): SQL | undefined {
  if (after === null) return undefined;
  // Newest first, so "after" a position means earlier in (occurred_at, id).
  return sql`(${pointsEntries.occurredAt}, ${pointsEntries.id})
    < (${after.occurredAt}::timestamptz, ${after.id}::uuid)`;
}

/**
 * One page of several members' ledgers in one statement: each member's first
 * `limit` entries after the position given, newest first (occurred_at desc,
 * id desc), grouped by member.
 */
export async function pageLedgers(
  db: Database,
  query: LedgerPageQuery,
): Promise<PositionedPointsEntryRow[]> {
  const rows = await firstPerGroup(db, {
    from: pointsEntries,
    select: {
      ...getTableColumns(pointsEntries),
      exactOccurredAt: exactOccurredAt.as('exact_occurred_at'),
    },
    partitionBy: pointsEntries.memberId,
    orderBy: [desc(pointsEntries.occurredAt), desc(pointsEntries.id)],
    where: and(inArray(pointsEntries.memberId, [...query.memberIds]), afterPosition(query.after)),
    limit: query.limit,
  });

  return rows.map(({ exactOccurredAt: occurredAtText, ...row }) => ({
    ...row,
    position: { occurredAt: occurredAtText, id: row.id },
  }));
}
