import { requestScoped } from '../core/requestScoped.js';
import type { DraftVisibility } from './data/eventQueries.js';
import { findLedChapterIds } from './data/leadCopyQueries.js';

/**
 * The chapters whose events the viewer manages, read once per request (one
 * statement for a member, none otherwise): staff manage every event, a
 * chapter's leads (by the events subgraph's copy of the leads) their
 * chapters' events, anyone else none. A manager sees the drafts of those
 * events and who registered for them.
 */
export const managedChapters = requestScoped(async ({ viewer, db }): Promise<DraftVisibility> => {
  if (viewer.role === 'staff') return { all: true };
  if (viewer.role !== 'member') return { all: false, chapterIds: [] };
  return { all: false, chapterIds: await findLedChapterIds(db, viewer.memberId) };
});

/** The drafts the viewer may see: those of the events they manage (see managedChapters). */
export const draftVisibility = managedChapters;

/** Whether an event of this status and chapter is visible under `visibility`. */
export function isVisibleEvent(event: { status: string; chapterId: string | null }, visibility: DraftVisibility): boolean {
  if (event.status !== 'DRAFT' || visibility.all) return true;
  return event.chapterId !== null && visibility.chapterIds.includes(event.chapterId);
}
