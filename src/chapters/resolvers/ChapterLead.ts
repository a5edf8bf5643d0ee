import { invariant } from '../../core/invariant.js';
import type { ChapterLeadResolvers } from '../generated/resolvers.js';
import { chapterLoaders } from '../loaders.js';

/** A chapter lead; the member is a reference the members subgraph resolves. */
export const ChapterLead: ChapterLeadResolvers = {
  /** The chapter; every lead has one, enforced by a foreign key. */
  chapter: async (lead, _args, context) => {
    const chapter = await chapterLoaders(context).chapter.load(lead.chapterId);
    invariant(chapter, `Chapter lead names a chapter ${lead.chapterId} that does not exist.`);
    return chapter;
  },

  member: (lead) => ({ id: lead.memberId }),
};
