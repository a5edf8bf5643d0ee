import type { cars, members } from '../members/data/tables.js';
import { carCatalogue, plateLetters, type CarBrandEntry, type CarModelEntry } from './catalogue/cars.js';
import { chapterCatalogue, type ChapterEntry } from './catalogue/chapters.js';
import {
  cantoneseSurnames,
  chineseMailDomains,
  englishFamilyNames,
  englishGivenNames,
  foreignGivenNames,
  foreignMailDomains,
  mobilePrefixes,
  pinyinGivenNames,
  pinyinSurnames,
} from './catalogue/names.js';
import { addYears, chinaDate, chinaYear, DAY, HOUR } from './clock.js';
import { Random, WeightedPicker } from './random.js';
import type { SeedCalendar } from './settings.js';

export type MemberInsert = typeof members.$inferInsert;
export type CarInsert = typeof cars.$inferInsert;

/** The member's profile; status, stages and tier are filled in by the activity simulation. */
export type MemberProfile = Omit<
  MemberInsert,
  'status' | 'lifecycleStage' | 'reachedAt' | 'activatedAt' | 'retainedAt' | 'monetisedAt' | 'joinedOn' | 'tierCode'
> & { id: string; language: 'zh-CN' | 'en' };

const surnamePicker = new WeightedPicker(pinyinSurnames);
const cantonesePicker = new WeightedPicker(cantoneseSurnames);
const chineseDomainPicker = new WeightedPicker(chineseMailDomains);
const foreignDomainPicker = new WeightedPicker(foreignMailDomains);
const brandPicker = WeightedPicker.of(carCatalogue, (brand) => brand.weight);
const modelPickers = new Map<CarBrandEntry, WeightedPicker<CarModelEntry>>(
  carCatalogue.map((brand) => [brand, WeightedPicker.of(brand.models, (model) => model.weight)]),
);
const cantoneseChapters = new Set(['shenzhen', 'guangzhou', 'foshan']);

interface Name {
  givenName: string;
  familyName: string;
  displayName: string;
  language: 'zh-CN' | 'en';
  foreign: boolean;
}

/**
 * Romanised Chinese names, family name first; some members go by an English
 * given name, and a few are foreigners living in the city.
 */
function chooseName(random: Random, chapter: ChapterEntry): Name {
  const roll = random.next();
  if (roll < 0.05) {
    const givenName = random.pick(foreignGivenNames);
    const familyName = random.pick(englishFamilyNames);
    return { givenName, familyName, displayName: `${givenName} ${familyName}`, language: 'en', foreign: true };
  }
  const cantonese = cantoneseChapters.has(chapter.id) && random.chance(0.15);
  const familyName = cantonese ? cantonesePicker.pick(random) : surnamePicker.pick(random);
  if (roll < 0.15) {
    const givenName = random.pick(englishGivenNames);
    return { givenName, familyName, displayName: `${givenName} ${familyName}`, language: random.chance(0.3) ? 'en' : 'zh-CN', foreign: false };
  }
  const givenName = random.pick(pinyinGivenNames);
  return { givenName, familyName, displayName: `${familyName} ${givenName}`, language: random.chance(0.03) ? 'en' : 'zh-CN', foreign: false };
}

function asciiLower(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

/**
 * An address unique to the member: name-based ones end in the member number,
 * QQ numbers are a permutation of it.
 */
function chooseEmail(random: Random, name: Name, memberNumber: number): string | null {
  if (random.chance(0.07)) return null;
  const domain = (name.foreign ? foreignDomainPicker : chineseDomainPicker).pick(random);
  const given = asciiLower(name.givenName);
  const family = asciiLower(name.familyName);
  if (domain === 'qq.com' && !name.foreign && random.chance(0.7)) {
    return `${10_000_000 + ((memberNumber * 7_919) % 890_000_000)}@qq.com`;
  }
  const pattern = random.int(0, 2);
  const local = pattern === 0 ? `${given}.${family}` : pattern === 1 ? `${family}${given}` : `${given.charAt(0)}${family}`;
  return `${local}${memberNumber}@${domain}`;
}

function choosePhone(random: Random): string | null {
  if (random.chance(0.02)) return null;
  return `+86${random.pick(mobilePrefixes)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
}

function plateCharacter(random: Random, letter: boolean): string {
  return letter ? plateLetters.charAt(random.int(0, plateLetters.length - 1)) : String(random.int(0, 9));
}

/**
 * A plate of the member's city: five characters for a petrol car; six for a
 * new-energy car, starting with D for a battery car and F for a plug-in.
 */
export function choosePlate(random: Random, chapter: ChapterEntry, powertrain: string): string {
  const prefix = random.pick(chapter.platePrefixes);
  let body = '';
  if (powertrain === 'PETROL') {
    const letters = random.chance(0.6) ? random.int(1, 2) : 0;
    const positions = new Set<number>();
    while (positions.size < letters) positions.add(random.int(0, 4));
    for (let i = 0; i < 5; i++) body += plateCharacter(random, positions.has(i));
  } else {
    body = (powertrain === 'EV' ? 'D' : 'F') + plateCharacter(random, random.chance(0.3));
    for (let i = 0; i < 4; i++) body += plateCharacter(random, false);
  }
  return `${prefix}·${body}`;
}

/**
 * A plate no car of the club has yet: plates are unique on the road, and
 * random ones collide now and then in a club of thousands. `taken` holds the
 * plates of the members generated before, always in member order, so the
 * same seed still gives the same plates.
 */
function chooseFreePlate(random: Random, chapter: ChapterEntry, powertrain: string, taken: Set<string>): string {
  let plate = choosePlate(random, chapter, powertrain);
  while (taken.has(plate)) plate = choosePlate(random, chapter, powertrain);
  taken.add(plate);
  return plate;
}

function chooseCar(
  random: Random,
  car: { chapter: ChapterEntry; registeredAt: number; id: string; memberId: string; takenPlates: Set<string> },
): CarInsert {
  const { chapter, registeredAt, id, memberId } = car;
  const brand = brandPicker.pick(random);
  const registeredYear = chinaYear(registeredAt);
  // Models that were on sale by the time the member registered the car.
  let model = modelPickers.get(brand)!.pick(random);
  for (let attempt = 0; attempt < 8 && model.from > registeredYear; attempt++) model = modelPickers.get(brand)!.pick(random);
  const newest = Math.min(model.until ?? registeredYear, registeredYear);
  const oldest = Math.min(model.from, newest);
  const year = Math.max(oldest, newest - Math.floor(random.exponential(1.8)));
  return {
    id,
    memberId,
    brand: brand.brand,
    model: model.name,
    year: Math.max(year, model.from),
    powertrain: model.powertrain,
    plate: random.chance(0.9) ? chooseFreePlate(random, chapter, model.powertrain, car.takenPlates) : null,
    registeredAt: new Date(registeredAt),
  };
}

/**
 * The profile and cars of member `index`: contact details and consents,
 * a birthday, and one to three cars registered from the day they joined.
 * Members must be generated in index order into one `takenPlates`.
 */
export function generateMember(
  seed: number,
  index: number,
  input: { id: string; chapterIndex: number; reachedAt: number; joinedAt: number | null },
  calendar: SeedCalendar,
  takenPlates: Set<string>,
): { profile: MemberProfile; cars: CarInsert[] } {
  const random = Random.of(seed, 'profile', index);
  const chapter = chapterCatalogue[input.chapterIndex]!;
  const memberNumber = index + 1;
  const name = chooseName(random, chapter);
  const age = Math.round(random.normal(40, 9, 24, 70));
  const birthday = random.chance(0.95) ? addYears(chinaDate(calendar.asOf - random.between(1, 364) * DAY), -age) : null;

  const profile: MemberProfile = {
    id: input.id,
    memberNumber,
    givenName: name.givenName,
    familyName: name.familyName,
    displayName: name.displayName,
    email: chooseEmail(random, name, memberNumber),
    phone: choosePhone(random),
    birthday,
    city: chapter.city,
    language: name.language,
    consentMarketing: random.chance(0.68),
    consentPartnerOffers: random.chance(0.42),
    consentEventPhotos: random.chance(0.6),
    homeChapterId: chapter.id,
    referrerId: null,
  };

  const since = input.joinedAt ?? input.reachedAt;
  const carCount = input.joinedAt === null ? 1 : random.chance(0.72) ? 1 : random.chance(0.78) ? 2 : 3;
  const memberCars: CarInsert[] = [];
  for (let i = 0; i < carCount; i++) {
    const registeredAt = i === 0 ? Math.min(since + random.between(0, 2) * DAY, calendar.asOf - HOUR) : since + random.between(60, 900) * DAY;
    if (registeredAt >= calendar.asOf) continue;
    memberCars.push(chooseCar(random, { chapter, registeredAt, id: random.uuid(), memberId: input.id, takenPlates }));
  }
  memberCars.sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime());
  return { profile, cars: memberCars };
}
