import type { RegionResolvers } from '../generated/resolvers.js';
import { chapterLoaders } from '../loaders.js';

/** Region: owned by the chapters subgraph; key `id`. */
export const Region: RegionResolvers = {
  __resolveReference: (reference, context) => chapterLoaders(context).region.load(reference.id),

  /** The region's chapters in order of id, batched across regions. */
  chapters: (region, _args, context) => chapterLoaders(context).regionChapters.load(region.id),
};
