import type { chapters, regions } from '../chapters/data/tables.js';
import { chapterCatalogue, regionCatalogue } from './catalogue/chapters.js';

export type RegionInsert = typeof regions.$inferInsert;
export type ChapterInsert = typeof chapters.$inferInsert;

/** The five regions and the city chapters; fixed reference data, the same for every seed. */
export function generateChapters(): { regions: RegionInsert[]; chapters: ChapterInsert[] } {
  return {
    regions: regionCatalogue.map((region, i) => ({ ...region, position: i + 1 })),
    chapters: chapterCatalogue.map((chapter) => ({
      id: chapter.id,
      name: `${chapter.city} Chapter`,
      city: chapter.city,
      regionId: chapter.regionId,
      foundedOn: chapter.foundedOn,
    })),
  };
}
