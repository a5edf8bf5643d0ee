import type { chapterLeads } from '../chapters/data/tables.js';
import { chapterCatalogue } from './catalogue/chapters.js';
import { chinaDate, chinaMidnight, DAY } from './clock.js';
import { Random } from './random.js';
import type { SeedCalendar } from './settings.js';

export type ChapterLeadInsert = typeof chapterLeads.$inferInsert;

/** A member who could run their chapter: active today, ranked by tier and score. */
export interface LeadCandidate {
  index: number;
  memberId: string;
  joinedAt: number;
  tierIndex: number;
  valueScore: number;
}

const roles = ['CHAIR', 'VICE_CHAIR', 'EVENTS_LEAD', 'PARTNERSHIPS_LEAD', 'MEMBERSHIP_LEAD'] as const;
const keep = 12;

function ranksAbove(a: LeadCandidate, b: LeadCandidate): boolean {
  if (a.tierIndex !== b.tierIndex) return a.tierIndex > b.tierIndex;
  if (a.valueScore !== b.valueScore) return a.valueScore > b.valueScore;
  return a.index < b.index;
}

/**
 * Keeps the best few candidates of each chapter while the batches stream by,
 * so choosing leads needs no second pass over the members.
 */
export class LeadShortlist {
  private readonly lists: LeadCandidate[][] = chapterCatalogue.map(() => []);

  offer(chapterIndex: number, candidate: LeadCandidate): void {
    const list = this.lists[chapterIndex]!;
    if (list.length >= keep && !ranksAbove(candidate, list[list.length - 1]!)) return;
    let at = list.length;
    while (at > 0 && ranksAbove(candidate, list[at - 1]!)) at--;
    list.splice(at, 0, candidate);
    if (list.length > keep) list.pop();
  }

  of(chapterIndex: number): readonly LeadCandidate[] {
    return this.lists[chapterIndex]!;
  }
}

/**
 * Each chapter's leads among its most engaged active members: the longest
 * standing of the top five chairs it, the others take the remaining roles.
 * A small chapter fills as many roles as it has candidates.
 */
export function generateLeads(seed: number, calendar: SeedCalendar, shortlist: LeadShortlist): ChapterLeadInsert[] {
  const rows: ChapterLeadInsert[] = [];
  chapterCatalogue.forEach((chapter, chapterIndex) => {
    const random = Random.of(seed, 'leads', chapterIndex);
    const top = shortlist.of(chapterIndex).slice(0, roles.length);
    const ordered = [...top].sort((a, b) => a.joinedAt - b.joinedAt || a.index - b.index);
    const chair = ordered[0];
    const others = top.filter((candidate) => candidate !== chair);
    const holders = chair ? [chair, ...others] : [];
    holders.forEach((candidate, i) => {
      const earliest = Math.max(candidate.joinedAt + 30 * DAY, chinaMidnight(chapter.foundedOn));
      const latest = Math.max(earliest, calendar.asOf - 14 * DAY);
      const since = chinaDate(Math.min(random.between(earliest, latest), calendar.asOf - DAY));
      rows.push({ chapterId: chapter.id, memberId: candidate.memberId, role: roles[i]!, since });
    });
  });
  return rows;
}
