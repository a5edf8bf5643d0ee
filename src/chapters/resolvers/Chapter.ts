import { invariant } from '../../core/invariant.js';
import type { ChapterResolvers } from '../generated/resolvers.js';
import { chapterLoaders } from '../loaders.js';

/** Chapter: owned by the chapters subgraph (name, city, region, leads); key `id`. */
export const Chapter: ChapterResolvers = {
  __resolveReference: (reference, context) => chapterLoaders(context).chapter.load(reference.id),

  /** The chapter's region; every chapter has one, enforced by a foreign key. */
  region: async (chapter, _args, context) => {
    const region = await chapterLoaders(context).region.load(chapter.regionId);
    invariant(region, `Chapter ${chapter.id} names a region that does not exist.`);
    return region;
  },

  /** The chapter's leads in role order, batched across chapters. */
  leads: (chapter, _args, context) => chapterLoaders(context).chapterLeads.load(chapter.id),
};
