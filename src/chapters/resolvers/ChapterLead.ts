import type { ChapterLeadResolvers } from '../generated/resolvers.js';

/** A chapter lead; the member is a reference the members subgraph resolves. */
export const ChapterLead: ChapterLeadResolvers = {
  member: (lead) => ({ id: lead.memberId }),
};
