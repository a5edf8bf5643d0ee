import type { partners } from '../partners/data/tables.js';
import { chapterCatalogue } from './catalogue/chapters.js';
import { localServiceKinds, nationalPartnerCatalogue, type PartnerKind } from './catalogue/partners.js';
import { addDays, chinaDate, DAY } from './clock.js';
import { Random } from './random.js';
import type { SeedCalendar } from './settings.js';

export type PartnerInsert = typeof partners.$inferInsert;

/** A partner with what the rest of the seed needs to know of it. */
export interface PartnerPlan {
  row: PartnerInsert & { id: string };
  key: string;
  kind: PartnerKind;
  carBrand: string | null;
  /** Index into chapterCatalogue for a local service provider, else -1. */
  chapterIndex: number;
  offers: readonly { title: string; description: string }[];
}

export interface PartnerSet {
  plans: PartnerPlan[];
  byKey: Map<string, PartnerPlan>;
}

/** How many local shops a chapter works with: two in the big cities. */
function localPartnerCount(weight: number): number {
  return weight >= 4 ? 2 : 1;
}

/**
 * The national partners of the catalogue and, for every chapter, one or two
 * local service shops named after a district of the city.
 */
export function generatePartners(seed: number, calendar: SeedCalendar): PartnerSet {
  const random = Random.of(seed, 'partners');
  const plans: PartnerPlan[] = nationalPartnerCatalogue.map((entry) => ({
    row: {
      id: random.uuid(),
      name: entry.name,
      kind: entry.kind,
      website: entry.website,
      chapterId: null,
      partnerSince: entry.partnerSince,
    },
    key: entry.key,
    kind: entry.kind,
    carBrand: entry.carBrand ?? null,
    chapterIndex: -1,
    offers: entry.offers,
  }));

  chapterCatalogue.forEach((chapter, chapterIndex) => {
    const kinds = random.shuffle(localServiceKinds).slice(0, localPartnerCount(chapter.weight));
    const districts = random.shuffle(chapter.districts);
    kinds.forEach((kind, i) => {
      // A shop signs up some months after the chapter exists, and well before today.
      const founded = Date.parse(`${chapter.foundedOn}T00:00:00Z`);
      const earliest = Math.max(founded + 60 * DAY, calendar.start - 3 * 365 * DAY);
      const latest = Math.max(earliest, calendar.asOf - 120 * DAY);
      const since = chinaDate(random.between(earliest, latest));
      const name = `${districts[i % districts.length]} ${kind.suffix}`;
      plans.push({
        row: {
          id: random.uuid(),
          name,
          kind: 'LOCAL_SERVICE',
          website: null,
          chapterId: chapter.id,
          partnerSince: since < chapter.foundedOn ? addDays(chapter.foundedOn, 60) : since,
        },
        key: `${chapter.id}-${i}`,
        kind: 'LOCAL_SERVICE',
        carBrand: null,
        chapterIndex,
        offers: [kind.offer],
      });
    });
  });

  return { plans, byKey: new Map(plans.map((plan) => [plan.key, plan])) };
}
