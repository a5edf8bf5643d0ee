import { recordEvent } from '../../core/bus/recordEvent.js';
import type { Database } from '../../core/database/database.js';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import { deleteLead, findChaptersWithRegions, insertLead } from '../data/chapterQueries.js';
import type { ChapterLeadRow } from '../data/tables.js';
import { chaptersSource, type LeadAppointed, type LeadRemoved } from '../domainEvents.js';

/**
 * Gives a member a role in a chapter inside the caller's transaction and
 * records chapters.LeadAppointed with it, so that the events subgraph's copy
 * of the leads follows.
 */
export async function appointLead(tx: Database, lead: ChapterLeadRow, now: Date): Promise<ChapterLeadRow> {
  const [found] = await findChaptersWithRegions(tx, [lead.chapterId]);
  const chapter = found?.chapter;
  if (!chapter) throw new NotFoundError(`No chapter has id "${lead.chapterId}".`, { argument: 'chapterId' });
  if (!(await insertLead(tx, lead))) {
    throw new ConflictError(`The member already holds the role ${lead.role} in ${chapter.name}.`, { reason: 'ALREADY_LEAD' });
  }

  const payload: LeadAppointed = { ...lead, appointedAt: now.toISOString() };
  await recordEvent(tx, { type: 'chapters.LeadAppointed', source: chaptersSource, payload: { ...payload } });
  return lead;
}

/**
 * Takes a role in a chapter from a member inside the caller's transaction and
 * records chapters.LeadRemoved with it; returns the role as it was held.
 */
export async function removeLead(
  tx: Database,
  lead: Pick<ChapterLeadRow, 'chapterId' | 'memberId' | 'role'>,
  now: Date,
): Promise<ChapterLeadRow> {
  const removed = await deleteLead(tx, lead);
  if (!removed) {
    throw new NotFoundError(`The member holds no role ${lead.role} in the chapter "${lead.chapterId}".`, { argument: 'memberId' });
  }

  const payload: LeadRemoved = { chapterId: removed.chapterId, memberId: removed.memberId, role: removed.role, removedAt: now.toISOString() };
  await recordEvent(tx, { type: 'chapters.LeadRemoved', source: chaptersSource, payload: { ...payload } });
  return removed;
}
