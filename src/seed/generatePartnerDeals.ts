import type { offers, sponsoredChapters, sponsoredEvents, sponsorships } from '../partners/data/tables.js';
import { chapterCatalogue } from './catalogue/chapters.js';
import { addDays, chinaDate, chinaMidnight, chinaYear, DAY } from './clock.js';
import type { BenefitsCatalogue } from './generateBenefitsCatalogue.js';
import type { EventPlan } from './generateEvents.js';
import type { PartnerPlan, PartnerSet } from './generatePartners.js';
import { Random } from './random.js';
import type { SeedCalendar } from './settings.js';

export type SponsorshipInsert = typeof sponsorships.$inferInsert;
export type SponsoredEventInsert = typeof sponsoredEvents.$inferInsert;
export type SponsoredChapterInsert = typeof sponsoredChapters.$inferInsert;
export type OfferInsert = typeof offers.$inferInsert;

export interface PartnerDeals {
  sponsorships: SponsorshipInsert[];
  sponsoredEvents: SponsoredEventInsert[];
  sponsoredChapters: SponsoredChapterInsert[];
  offers: OfferInsert[];
}

/** The title sponsor of each calendar year, by partner key. */
const titleSponsors = ['porsche', 'mercedes', 'bmw', 'nio', 'porsche'];

/**
 * Offers (the ones the club took up point at their benefit, and that
 * benefit names the partner as provider) and sponsorships: a title sponsor a
 * year, car makers sponsoring their launches, banks and brands sponsoring
 * national and regional programmes, and local shops their chapter.
 */
export function generatePartnerDeals(
  seed: number,
  calendar: SeedCalendar,
  partners: PartnerSet,
  catalogue: BenefitsCatalogue,
  events: readonly EventPlan[],
): PartnerDeals {
  const random = Random.of(seed, 'deals');
  const deals: PartnerDeals = { sponsorships: [], sponsoredEvents: [], sponsoredChapters: [], offers: [] };

  // Offers that became benefits, then the rest of each partner's offers.
  for (const benefit of catalogue.benefits) {
    if (benefit.providerPartnerId === null) continue;
    const partner = partners.plans.find((plan) => plan.row.id === benefit.providerPartnerId)!;
    deals.offers.push({
      id: random.uuid(),
      partnerId: partner.row.id,
      title: benefit.entry.name,
      description: benefit.entry.description,
      validFrom: addDays(partner.row.partnerSince, random.int(30, 200)),
      validUntil: null,
      benefitId: benefit.id,
    });
  }
  for (const partner of partners.plans) {
    for (const offer of partner.offers) {
      const validFrom = chinaDate(random.between(chinaMidnight(partner.row.partnerSince), calendar.asOf - 30 * DAY));
      const expired = random.chance(0.3);
      deals.offers.push({
        id: random.uuid(),
        partnerId: partner.row.id,
        title: offer.title,
        description: offer.description,
        validFrom,
        validUntil: expired ? addDays(validFrom, random.int(90, 365)) : random.chance(0.5) ? null : addDays(validFrom, random.int(400, 900)),
        benefitId: null,
      });
    }
  }

  const firstYear = Number(calendar.startDate.slice(0, 4));
  const lastYear = Number(calendar.asOfDate.slice(0, 4)) + 1;
  const byKind = (kind: PartnerPlan['kind']) => partners.plans.filter((plan) => plan.kind === kind);

  const sponsor = (
    partner: PartnerPlan,
    level: 'TITLE' | 'PLATINUM' | 'GOLD',
    year: number,
    valueYuan: number,
    sharePercent: number | null,
    covered: { events: readonly EventPlan[]; chapterIds: readonly string[] },
  ) => {
    const id = random.uuid();
    deals.sponsorships.push({
      id,
      partnerId: partner.row.id,
      level,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      valueMinor: Math.round(valueYuan / 1000) * 1000 * 100,
      currency: 'CNY',
      revenueSharePercent: sharePercent,
    });
    for (const event of covered.events) deals.sponsoredEvents.push({ sponsorshipId: id, eventId: event.row.id });
    for (const chapterId of covered.chapterIds) deals.sponsoredChapters.push({ sponsorshipId: id, chapterId });
  };

  for (let year = firstYear; year <= lastYear; year++) {
    const inYear = events.filter((event) => chinaYear(event.startsAt) === year && event.row.status !== 'DRAFT');
    const chaptersThen = chapterCatalogue.filter((chapter) => chapter.foundedOn <= `${year}-01-01`).map((chapter) => chapter.id);

    const title = partners.byKey.get(titleSponsors[(year - firstYear) % titleSponsors.length]!)!;
    sponsor(title, 'TITLE', year, random.between(5_000_000, 8_000_000), null, {
      events: inYear.filter((event) => event.chapterIndex < 0),
      chapterIds: chaptersThen,
    });

    // Car makers sponsor the launches of their own brand.
    for (const maker of byKind('CAR_MAKER')) {
      if (maker.row.id === title.row.id || maker.row.partnerSince > `${year}-12-31`) continue;
      const launches = inYear.filter((event) => event.carBrand === maker.carBrand);
      if (launches.length === 0) continue;
      const level = random.chance(0.4) ? 'PLATINUM' : 'GOLD';
      sponsor(maker, level, year, level === 'PLATINUM' ? random.between(800_000, 2_000_000) : random.between(200_000, 600_000), null, {
        events: launches,
        chapterIds: [],
      });
    }

    // A bank and an insurer back the track days and national drives.
    const financial = random.shuffle(byKind('FINANCIAL').filter((plan) => plan.row.partnerSince <= `${year}-06-30`)).slice(0, 2);
    financial.forEach((bank, i) => {
      const kinds = i === 0 ? ['TRACK_DAY'] : ['ROAD_TRIP'];
      sponsor(bank, 'PLATINUM', year, random.between(800_000, 1_800_000), random.chance(0.6) ? Math.round(random.between(8, 25) * 100) / 100 : null, {
        events: inYear.filter((event) => kinds.includes(event.kind.kind) && (event.chapterIndex < 0 || random.chance(0.3))),
        chapterIds: [],
      });
    });

    // Luxury brands sponsor one region's salons; travel partners its road trips.
    const regions = random.shuffle(['east', 'south', 'north', 'west', 'central']);
    const luxury = random.shuffle(byKind('LUXURY_BRAND').filter((plan) => plan.row.partnerSince <= `${year}-06-30`)).slice(0, 3);
    const travel = random.shuffle(byKind('TRAVEL_HOSPITALITY').filter((plan) => plan.row.partnerSince <= `${year}-06-30`)).slice(0, 2);
    [...luxury, ...travel].forEach((partner, i) => {
      const regionId = regions[i % regions.length]!;
      const chapterIds = chaptersThen.filter((id) => chapterCatalogue.find((chapter) => chapter.id === id)!.regionId === regionId);
      const kind = partner.kind === 'LUXURY_BRAND' ? 'SALON' : 'ROAD_TRIP';
      const covered = inYear.filter((event) => event.kind.kind === kind && event.chapterIndex >= 0 && chapterIds.includes(chapterCatalogue[event.chapterIndex]!.id));
      const share = partner.kind === 'TRAVEL_HOSPITALITY' && random.chance(0.5) ? Math.round(random.between(5, 15) * 100) / 100 : null;
      sponsor(partner, 'GOLD', year, random.between(150_000, 500_000), share, { events: covered, chapterIds });
    });

    // Most local shops sponsor their own chapter and a few of its events.
    for (const shop of byKind('LOCAL_SERVICE')) {
      if (shop.row.partnerSince > `${year}-06-30` || !random.chance(0.7)) continue;
      const chapterId = shop.row.chapterId!;
      const own = inYear.filter((event) => event.chapterIndex === shop.chapterIndex && event.kind.kind !== 'ONLINE');
      const share = random.chance(0.3) ? Math.round(random.between(10, 20) * 100) / 100 : null;
      sponsor(shop, 'GOLD', year, random.between(20_000, 120_000), share, {
        events: random.shuffle(own).slice(0, Math.min(own.length, random.int(1, 4))),
        chapterIds: [chapterId],
      });
    }
  }

  return deals;
}
