import type { events } from '../events/data/tables.js';
import { carCatalogue } from './catalogue/cars.js';
import {
  chapterCatalogue,
  circuitCatalogue,
  circuitsAbroad,
  nationalDestinations,
  type ChapterEntry,
  type CircuitEntry,
} from './catalogue/chapters.js';
import { charityTopics, eventKindCatalogue, onlineTopics, salonTopics, type EventKindEntry } from './catalogue/events.js';
import { tierCatalogue } from './catalogue/tiers.js';
import { addDays, chinaDate, chinaMidnight, chinaWeekday, DAY, HOUR, localTime } from './clock.js';
import { Random, WeightedPicker } from './random.js';
import { eventCount, type SeedCalendar } from './settings.js';

export type EventInsert = typeof events.$inferInsert;

/** An event row with the facts the member simulation plays out against it. */
export interface EventPlan {
  row: EventInsert & { id: string };
  index: number;
  kind: EventKindEntry;
  /** Index into chapterCatalogue, or -1 for a national event. */
  chapterIndex: number;
  startsAt: number;
  endsAt: number;
  /** Registration runs from opensAt until closesAt; never for a draft. */
  opensAt: number;
  closesAt: number;
  /** When the club called it off; null unless cancelled. */
  cancelledAt: number | null;
  /** Rank (1-5) of the minimum tier; 0 when every tier is admitted. */
  minimumRank: number;
  feeYuan: number;
  pointsPrice: number;
  /** Registrations the event draws, as a multiple of its capacity. */
  demand: number;
  /** The brand presented at a launch, for matching the car maker that sponsors it. */
  carBrand: string | null;
}

/** Registration for a trip abroad opens this many days ahead, earlier than for any other event. */
export const abroadOpensDaysBefore = 90;

const kindDemand: Record<string, number> = {
  ROAD_TRIP: 1.1,
  TRACK_DAY: 1.35,
  SALON: 0.85,
  NEW_MODEL_LAUNCH: 1.2,
  CHARITY_DRIVE: 0.75,
  ONLINE: 0.6,
};

function season(date: string): string {
  const month = Number(date.slice(5, 7));
  if (month >= 3 && month <= 5) return 'Spring';
  if (month >= 6 && month <= 8) return 'Summer';
  if (month >= 9 && month <= 11) return 'Autumn';
  return 'Winter';
}

/** The first China calendar date on or after `date` that falls on one of the weekdays. */
function nextWeekday(date: string, weekdays: readonly number[]): string {
  let day = date;
  for (let i = 0; i < 7; i++) {
    if (weekdays.includes(chinaWeekday(chinaMidnight(day)))) return day;
    day = addDays(day, 1);
  }
  return date;
}

function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

interface Venue {
  name: string | null;
  address: string | null;
  city: string | null;
  timeZone: string;
  title: string;
  carBrand: string | null;
}

function circuitByKey(key: string): CircuitEntry {
  const circuit = circuitCatalogue.find((entry) => entry.key === key);
  if (!circuit) throw new Error(`Unknown circuit ${key}`);
  return circuit;
}

function placeEvent(random: Random, kind: EventKindEntry, chapter: ChapterEntry | null, date: string, abroad: boolean): Venue {
  const home = chapter ?? chapterCatalogue[0]!;
  const local = { timeZone: 'Asia/Shanghai', carBrand: null };
  switch (kind.kind) {
    case 'ROAD_TRIP': {
      const destination = chapter ? random.pick(chapter.destinations) : random.pick(nationalDestinations);
      const title = chapter ? `${season(date)} Road Trip to ${destination.name}` : `National Drive: ${destination.name}`;
      return { ...local, ...destination, title };
    }
    case 'TRACK_DAY': {
      const circuit = abroad ? random.pick(circuitsAbroad) : circuitByKey(random.pick(home.circuits));
      const title = chapter ? `Track Day at ${circuit.name}` : `National Track Day at ${circuit.name}`;
      return { name: circuit.name, address: circuit.address, city: circuit.city, timeZone: circuit.timeZone, title, carBrand: null };
    }
    case 'SALON':
      return { ...local, name: home.lounge.name, address: home.lounge.address, city: home.city, title: `Salon: ${random.pick(salonTopics)}` };
    case 'NEW_MODEL_LAUNCH': {
      const year = Number(date.slice(0, 4));
      const brand = random.pick(carCatalogue);
      const recent = brand.models.filter((model) => model.from >= year - 2 && model.from <= year + 1);
      const model = recent.length > 0 ? random.pick(recent) : random.pick(brand.models);
      return {
        timeZone: 'Asia/Shanghai',
        name: `${brand.label} Brand Experience Centre`,
        address: random.pick(home.districts),
        city: home.city,
        title: `${brand.label} ${model.name} Launch Preview`,
        carBrand: brand.brand,
      };
    }
    case 'CHARITY_DRIVE': {
      const destination = random.pick(home.destinations);
      return { ...local, ...destination, title: random.pick(charityTopics) };
    }
    case 'ONLINE':
      return { ...local, name: null, address: null, city: null, title: `Online: ${random.pick(onlineTopics)}` };
  }
}

/**
 * The club's calendar: events spread over the three years and the next few
 * months, more of them as the club grows, each run by a chapter that existed
 * by then or nationally. Sorted by start.
 */
export function generateEvents(seed: number, members: number, calendar: SeedCalendar): EventPlan[] {
  const random = Random.of(seed, 'events');
  const count = eventCount(members);
  const kindPicker = WeightedPicker.of(eventKindCatalogue, (kind) => kind.weight);
  const first = calendar.start + 7 * DAY;
  const span = calendar.asOf + 100 * DAY - first;
  const growth = 0.6;
  const plans: EventPlan[] = [];
  // A small club runs smaller events: a chapter of twenty-five members does
  // not fill a ballroom.
  const clubScale = Math.min(1, Math.sqrt(members / 5_000));
  // A bigger club runs more chapter events, but its national calendar grows slowly.
  const nationalFactor = Math.min(1, (200 + members / 50) / count);

  for (let index = 0; index < count; index++) {
    // Stratified draws keep the events in start order without a sort.
    const u = (index + random.next()) / count;
    const day = chinaDate(first + (span * Math.log(1 + u * (Math.exp(growth) - 1))) / growth);
    const kind = kindPicker.pick(random);

    const founded = chapterCatalogue
      .map((chapter, chapterIndex) => ({ chapter, chapterIndex }))
      .filter(({ chapter }) => addDays(chapter.foundedOn, 60) <= day);
    const national = founded.length === 0 || random.chance(kind.nationalShare * nationalFactor);
    const chapterIndex = national ? -1 : WeightedPicker.of(founded, (entry) => entry.chapter.weight).pick(random).chapterIndex;
    const chapter = chapterIndex < 0 ? null : chapterCatalogue[chapterIndex]!;
    const abroad = kind.kind === 'TRACK_DAY' && national && random.chance(0.3);

    const date = nextWeekday(day, kind.weekdays);
    const venue = placeEvent(random, kind, chapter, date, abroad);
    // Start times vary by half hours around the kind's usual start.
    const startMinutes = kind.startHour * 60 + random.int(-2, 2) * 30;
    const startsAt = localTime(venue.timeZone, date, Math.floor(startMinutes / 60), startMinutes % 60);
    const extraDays = random.int(0, kind.extraDays);
    const endsAt = startsAt + extraDays * DAY + kind.durationHours * HOUR;

    const opensAt = startsAt - (abroad ? abroadOpensDaysBefore : kind.opensDaysBefore) * DAY;
    const closesAt = startsAt - 2 * HOUR;
    const future = startsAt >= calendar.asOf;
    const draft = future && startsAt > calendar.asOf + 45 * DAY && random.chance(0.6);
    const cancelled = !draft && random.chance(0.03);
    // The club calls an event off at least a day before, and before today.
    const cancelLatest = Math.min(startsAt - DAY, calendar.asOf - HOUR);
    const cancelledAt = cancelled ? Math.max(opensAt - 30 * DAY, cancelLatest - random.between(0, 20) * DAY) : null;

    const scale = (national && kind.kind !== 'TRACK_DAY' ? 1.5 : 1) * clubScale;
    const smallest = kind.kind === 'ONLINE' ? 30 : 8;
    const capacity = abroad ? random.int(12, 24) : Math.max(smallest, Math.round(random.int(kind.capacity[0], kind.capacity[1]) * scale));
    const minimumIndex = random.chance(kind.minimumTierShare) ? random.int(kind.minimumTierFloor, Math.min(kind.minimumTierFloor + 1, 3)) : 0;
    const price = random.next();
    const feeYuan = abroad
      ? roundTo(random.between(18_000, 45_000), 1_000)
      : price < kind.feeShare
        ? roundTo(random.between(kind.feeYuan[0], kind.feeYuan[1]), 50)
        : 0;
    const pointsPrice = !abroad && feeYuan === 0 && price < kind.feeShare + kind.pointsShare ? roundTo(random.between(kind.points[0], kind.points[1]), 100) : 0;
    const demand = (kindDemand[kind.kind] ?? 1) * Math.exp(random.normal(0, 0.3, -0.8, 0.8)) * (minimumIndex > 0 ? 0.8 : 1);

    plans.push({
      row: {
        id: random.uuid(),
        title: venue.title,
        kind: kind.kind,
        status: draft ? 'DRAFT' : cancelled ? 'CANCELLED' : 'PUBLISHED',
        chapterId: chapter?.id ?? null,
        startsAt: new Date(startsAt),
        endsAt: new Date(endsAt),
        timeZone: venue.timeZone,
        venueName: venue.name,
        venueAddress: venue.address,
        venueCity: venue.city,
        capacity,
        minimumTierId: minimumIndex > 0 ? tierCatalogue[minimumIndex]!.id : null,
        feeMinor: feeYuan > 0 ? feeYuan * 100 : null,
        feeCurrency: feeYuan > 0 ? 'CNY' : null,
        pointsPrice: pointsPrice > 0 ? pointsPrice : null,
      },
      index,
      kind,
      chapterIndex,
      startsAt,
      endsAt,
      opensAt: draft ? Infinity : opensAt,
      closesAt: draft ? -Infinity : closesAt,
      cancelledAt,
      minimumRank: minimumIndex > 0 ? minimumIndex + 1 : 0,
      feeYuan,
      pointsPrice,
      demand,
      carBrand: venue.carBrand,
    });
  }

  // Weekday shifts can swap neighbours; the simulation wants start order.
  plans.sort((a, b) => a.startsAt - b.startsAt || a.index - b.index);
  plans.forEach((plan, i) => (plan.index = i));
  return plans;
}

