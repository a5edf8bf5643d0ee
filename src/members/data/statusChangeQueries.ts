import { and, asc, desc, eq, inArray, lt } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { firstPerGroup } from '../../core/database/firstPerGroup.js';
import { statusChanges, type StatusChangeRow } from './tables.js';

export type NewStatusChange = Omit<StatusChangeRow, 'sequence'>;

/** Appends a status change; changes are facts, never updated or deleted. */
export async function insertStatusChange(tx: Database, row: NewStatusChange): Promise<StatusChangeRow> {
  const [inserted] = await tx.insert(statusChanges).values(row).returning();
  return inserted!;
}

/** Status changes by id, in no particular order; ids that name none are absent. */
export function findStatusChanges(db: Database, ids: readonly string[]): Promise<StatusChangeRow[]> {
  return db.select().from(statusChanges).where(inArray(statusChanges.id, [...ids]));
}

/**
 * The status changes of several members, grouped by member, each member's
 * oldest first (by effective time, then by the order they were recorded).
 */
export function findStatusChangesOfMembers(db: Database, memberIds: readonly string[]): Promise<StatusChangeRow[]> {
  return db
    .select()
    .from(statusChanges)
    .where(inArray(statusChanges.memberId, [...memberIds]))
    .orderBy(asc(statusChanges.memberId), asc(statusChanges.effectiveAt), asc(statusChanges.sequence));
}

/** A member's latest status change; null when they have none. */
export async function findLatestStatusChange(db: Database, memberId: string): Promise<StatusChangeRow | null> {
  const [row] = await db
    .select()
    .from(statusChanges)
    .where(eq(statusChanges.memberId, memberId))
    .orderBy(desc(statusChanges.effectiveAt), desc(statusChanges.sequence))
    .limit(1);
  return row ?? null;
}

/**
 * Each member's latest status change effective before `before`, in one
 * statement; a member without one is absent (they had not been reached yet).
 */
export function findLatestStatusChangesBefore(
  db: Database,
  memberIds: readonly string[],
  before: Date,
): Promise<StatusChangeRow[]> {
  return firstPerGroup(db, {
    from: statusChanges,
    partitionBy: statusChanges.memberId,
    orderBy: [desc(statusChanges.effectiveAt), desc(statusChanges.sequence)],
    where: and(inArray(statusChanges.memberId, [...memberIds]), lt(statusChanges.effectiveAt, before)),
    limit: 1,
  });
}
