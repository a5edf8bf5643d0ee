import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { chapterLeads, type ChapterLeadCopyRow } from './tables.js';

/**
 * Records an appointment or a removal of a lead, unless the copy already
 * reflects a later one: facts may arrive out of order, and the later change
 * wins.
 */
export async function recordLeadChange(tx: Database, row: ChapterLeadCopyRow): Promise<void> {
  await tx
    .insert(chapterLeads)
    .values(row)
    .onConflictDoUpdate({
      target: [chapterLeads.chapterId, chapterLeads.role, chapterLeads.memberId],
      set: { active: sql`excluded.active`, changedAt: sql`excluded.changed_at` },
      setWhere: sql`${chapterLeads.changedAt} <= excluded.changed_at`,
    });
}

/** Whether the member holds any role in the chapter now. */
export async function isChapterLead(db: Database, memberId: string, chapterId: string): Promise<boolean> {
  const [row] = await db
    .select({ memberId: chapterLeads.memberId })
    .from(chapterLeads)
    .where(and(eq(chapterLeads.memberId, memberId), eq(chapterLeads.chapterId, chapterId), eq(chapterLeads.active, true)))
    .limit(1);
  return row !== undefined;
}

/** The chapters in which the member holds a role now, by id; empty for a member who leads none. */
export async function findLedChapterIds(db: Database, memberId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ chapterId: chapterLeads.chapterId })
    .from(chapterLeads)
    .where(and(eq(chapterLeads.memberId, memberId), eq(chapterLeads.active, true)))
    .orderBy(chapterLeads.chapterId);
  return rows.map((row) => row.chapterId);
}
