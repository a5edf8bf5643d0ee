import { eq } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { knownChapters } from './tables.js';

/** Whether a chapter with this id exists, by the events subgraph's copy of the chapters. */
export async function isKnownChapter(db: Database, chapterId: string): Promise<boolean> {
  const [row] = await db
    .select({ chapterId: knownChapters.chapterId })
    .from(knownChapters)
    .where(eq(knownChapters.chapterId, chapterId));
  return row !== undefined;
}
