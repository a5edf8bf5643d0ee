import { eq, max, sql } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { members, type MemberRow } from './tables.js';

/**
 * The member row, locked until the caller's transaction ends; null when the
 * id names no member. Every lifecycle write takes this lock first, so that
 * two changes of one member (a renewal and the lapse job, say) run one after
 * the other and each sees what the other did.
 */
export async function lockMember(tx: Database, memberId: string): Promise<MemberRow | null> {
  const [row] = await tx.select().from(members).where(eq(members.id, memberId)).for('update');
  return row ?? null;
}

/**
 * The next member number, one above the highest given. A transaction-scoped
 * advisory lock makes concurrent applications take turns here, so two never
 * draw the same number; it is released when the caller's transaction ends.
 */
export async function allocateMemberNumber(tx: Database): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('members.member_number'))`);
  const [row] = await tx.select({ highest: max(members.memberNumber) }).from(members);
  return (row?.highest ?? 0) + 1;
}

/** Inserts a new member. */
export async function insertMember(tx: Database, row: MemberRow): Promise<void> {
  await tx.insert(members).values(row);
}

/** Sets a member's status, the latest of their status changes. */
export async function setMemberStatus(tx: Database, memberId: string, status: MemberRow['status']): Promise<void> {
  await tx.update(members).set({ status }).where(eq(members.id, memberId));
}

/** Sets the day a member first joined as an active member. */
export async function setJoinedOn(tx: Database, memberId: string, joinedOn: string): Promise<void> {
  await tx.update(members).set({ joinedOn }).where(eq(members.id, memberId));
}
