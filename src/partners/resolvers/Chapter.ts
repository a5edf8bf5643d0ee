import type { ChapterResolvers } from '../generated/resolvers.js';
import { partnerLoaders } from '../loaders.js';

/**
 * Chapter: owned by the chapters subgraph, key `id`; the partners subgraph adds
 * its local partners.
 */
export const Chapter: ChapterResolvers = {
  /**
   * Chapters are the chapters subgraph's rows: the reference is all this
   * subgraph needs, so no SQL.
   */
  __resolveReference: (reference) => ({ id: reference.id }),

  /** The partners serving the chapter, by name, batched across chapters; empty when none. */
  localPartners: (chapter, _args, context) => partnerLoaders(context).chapterPartners.load(chapter.id),
};
