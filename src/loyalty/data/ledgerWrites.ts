import { eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../core/database/database.js';
import { pointsEntries, type PointsEntryKind, type PointsEntryRow } from './tables.js';

/** What a new ledger line says; its id is made here. */
export interface NewPointsEntry {
  memberId: string;
  points: number;
  kind: PointsEntryKind;
  reason: string;
  /**
   * When the points were earned or taken. Omitted, the database's clock at
   * the moment of the insert, to the microsecond: a write holding the
   * member's lock then always books after the write that held it before.
   */
  occurredAt?: Date;
}

/** Books one line of a member's ledger and returns it as stored. */
export async function bookPointsEntry(tx: Database, entry: NewPointsEntry): Promise<PointsEntryRow> {
  const [row] = await tx
    .insert(pointsEntries)
    .values({
      id: randomUUID(),
      memberId: entry.memberId,
      points: entry.points,
      kind: entry.kind,
      reason: entry.reason,
      occurredAt: entry.occurredAt ?? sql`clock_timestamp()`,
    })
    .returning();
  return row!;
}

/**
 * A member's balance: the sum of the whole ledger, 0 when it is empty.
 * Callers that go on to spend hold the member's standing lock, so the sum
 * cannot go stale before they book. Summed as bigint (drivers return it as
 * text), so a ledger of any legal length sums.
 */
export async function balanceOf(tx: Database, memberId: string): Promise<number> {
  const [row] = await tx
    .select({ balance: sql<string | number>`coalesce(sum(${pointsEntries.points}), 0)::bigint` })
    .from(pointsEntries)
    .where(eq(pointsEntries.memberId, memberId));
  return Number(row?.balance ?? 0);
}
