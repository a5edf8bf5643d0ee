import type { RequestContext } from '../core/context.js';
import type { Database } from '../core/database/database.js';
import { ForbiddenError } from '../core/errors.js';
import type { Viewer } from '../core/viewer.js';
import { isChapterLead } from './data/leadCopyQueries.js';
import { managedChapters } from './draftVisibility.js';

/**
 * Throws FORBIDDEN unless the viewer may manage events of the chapter: staff
 * may manage any event, a member holding a role in the chapter (by the
 * events subgraph's copy of the leads) that chapter's events. National
 * events (`chapterId` null) are staff's alone.
 */
export async function assertManagesEvents(db: Database, viewer: Viewer, chapterId: string | null, field: string): Promise<void> {
  if (viewer.role === 'staff') return;
  if (viewer.role === 'member' && chapterId !== null && (await isChapterLead(db, viewer.memberId, chapterId))) return;
  const scope = chapterId === null ? 'national events' : `events of the chapter "${chapterId}"`;
  throw new ForbiddenError(`Only staff and the chapter's leads may use ${field}, and only staff for national events: the viewer may not manage ${scope}.`, {
    field,
    reason: 'STAFF_OR_CHAPTER_LEAD',
  });
}

/**
 * Throws FORBIDDEN unless the viewer may see who registered for an event of
 * the chapter: staff for any event, a lead of the chapter (by the events
 * subgraph's copy of the leads, read once per request) for that chapter's
 * events, so that they can find the registrations they check members in
 * by. National events (`chapterId` null) are staff's alone. Anyone else,
 * other members included, is refused: the list names who registered.
 */
export async function assertReadsRegistrations(context: RequestContext, chapterId: string | null, field: string): Promise<void> {
  const managed = await managedChapters(context);
  if (managed.all) return;
  if (chapterId !== null && managed.chapterIds.includes(chapterId)) return;
  throw new ForbiddenError(`Only staff and the leads of the event's chapter may read ${field}, and only staff those of a national event.`, {
    field,
    reason: 'STAFF_OR_CHAPTER_LEAD',
  });
}

/**
 * Throws FORBIDDEN unless the viewer is staff or the member `memberId`: a
 * member registers and cancels for themself only, staff for anyone.
 */
export function assertActsForMember(viewer: Viewer, memberId: string, field: string): void {
  if (viewer.role === 'staff') return;
  if (viewer.role === 'member' && viewer.memberId === memberId) return;
  throw new ForbiddenError(`Only staff and the member themself may use ${field}.`, { field, reason: 'STAFF_OR_SELF' });
}
