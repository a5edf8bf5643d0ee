import { requestScoped } from '../core/requestScoped.js';
import type { DraftVisibility } from './data/eventQueries.js';
import { findLedChapterIds } from './data/leadCopyQueries.js';

/**
 * The drafts the viewer may see, read once per request (one statement for a
 * member, none otherwise): staff see every draft, a chapter's leads (by the
 * events subgraph's copy of the leads) their chapters' drafts, anyone else
 * none.
 */
export const draftVisibility = requestScoped(async ({ viewer, db }): Promise<DraftVisibility> => {
  if (viewer.role === 'staff') return { all: true };
  if (viewer.role !== 'member') return { all: false, chapterIds: [] };
  return { all: false, chapterIds: await findLedChapterIds(db, viewer.memberId) };
});

/** Whether an event of this status and chapter is visible under `visibility`. */
export function isVisibleEvent(event: { status: string; chapterId: string | null }, visibility: DraftVisibility): boolean {
  if (event.status !== 'DRAFT' || visibility.all) return true;
  return event.chapterId !== null && visibility.chapterIds.includes(event.chapterId);
}
