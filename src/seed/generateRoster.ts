import { chapterCatalogue } from './catalogue/chapters.js';
import { chinaMidnight, DAY, YEAR } from './clock.js';
import { planLifetime, type Lifetime } from './planLifetime.js';
import { Random, WeightedPicker } from './random.js';
import type { SeedCalendar, SeedSettings } from './settings.js';

/** Months are equal slices of the year, enough to size an event's audience. */
export const MONTH = YEAR / 12;

/**
 * The compact facts about every member that other members and the events
 * depend on: who they are, where, when they were active and who referred
 * whom. Built in one pass before any rows, so the rows can then be made in
 * batches. A few typed arrays: 100,000 members fit in a few megabytes.
 */
export interface Roster {
  size: number;
  ids: string[];
  chapterOf: Uint8Array;
  /** When a member joined, or was reached for a prospect: numbers follow it. */
  keyTime: Float64Array;
  prospect: Uint8Array;
  /** How keen the member is, 0 to 1: drives attendance, renewals and spending. */
  engagement: Float64Array;
  /** The end of the member's first stretch of active membership (the as-of date if still active). */
  activeUntil: Float64Array;
  referrerOf: Int32Array;
  /** For member i, referralTimes[referralOffsets[i] .. referralOffsets[i + 1]) are when their referrals joined. */
  referralOffsets: Int32Array;
  referralTimes: Float64Array;
  /** The members referred, in the same order as referralTimes. */
  referralMembers: Int32Array;
  /** Summed engagement of the members active in a chapter in a month: pool[chapter * months + month]. */
  pool: Float64Array;
  months: number;
}

export function monthIndex(calendar: SeedCalendar, instant: number): number {
  return Math.max(0, Math.floor((instant - calendar.start) / MONTH));
}

/** The input of planLifetime for member i, read back from the roster. */
export function lifetimeOf(settings: SeedSettings, calendar: SeedCalendar, roster: Roster, index: number): Lifetime {
  return planLifetime(
    settings.seed,
    index,
    { keyTime: roster.keyTime[index]!, prospect: roster.prospect[index] === 1, engagement: roster.engagement[index]! },
    calendar,
  );
}

/** Active stretches of a lifetime as [from, until) pairs. */
export function activeSpans(lifetime: Lifetime, calendar: SeedCalendar): [number, number][] {
  const spans: [number, number][] = [];
  let from: number | null = null;
  for (const change of lifetime.statusChanges) {
    if (change.to === 'ACTIVE' && from === null) from = change.at;
    else if (change.to !== 'ACTIVE' && from !== null) {
      spans.push([from, change.at]);
      from = null;
    }
  }
  if (from !== null) spans.push([from, calendar.asOf]);
  return spans;
}

/**
 * Numbers members in the order they joined over the three years, with joins
 * growing about 20% a year; places each in a chapter that existed by then;
 * plays out their lifetimes; and picks referrers among members of the same
 * chapter who had joined at least a month before and were still active.
 */
export function generateRoster(settings: SeedSettings, calendar: SeedCalendar, horizon: number): Roster {
  const size = settings.members;
  const random = Random.of(settings.seed, 'roster');
  const months = monthIndex(calendar, horizon) + 1;
  const roster: Roster = {
    size,
    ids: new Array<string>(size),
    chapterOf: new Uint8Array(size),
    keyTime: new Float64Array(size),
    prospect: new Uint8Array(size),
    engagement: new Float64Array(size),
    activeUntil: new Float64Array(size),
    referrerOf: new Int32Array(size).fill(-1),
    referralOffsets: new Int32Array(size + 1),
    referralTimes: new Float64Array(0),
    referralMembers: new Int32Array(0),
    pool: new Float64Array(chapterCatalogue.length * months),
    months,
  };

  const founded = chapterCatalogue.map((chapter) => chinaMidnight(chapter.foundedOn));
  const pickers = new Map<number, WeightedPicker<number>>();
  const chapterPicker = (instant: number) => {
    const open = chapterCatalogue.flatMap((chapter, i) => (founded[i]! <= instant ? [[i, chapter.weight] as const] : []));
    let picker = pickers.get(open.length);
    if (!picker) pickers.set(open.length, (picker = new WeightedPicker(open)));
    return picker;
  };

  const joinedAt = new Float64Array(size).fill(NaN);
  const chapterMembers: number[][] = chapterCatalogue.map(() => []);
  const referrals: { referrer: number; referred: number; at: number }[] = [];
  const span = calendar.asOf - DAY - calendar.start;
  const growth = 3 * Math.log(1.2);

  for (let i = 0; i < size; i++) {
    // Stratified draws give increasing times, so numbers follow join order.
    const u = (i + random.next()) / size;
    const keyTime = calendar.start + (span * Math.log(1 + u * (Math.exp(growth) - 1))) / growth;
    const chapter = chapterPicker(keyTime).pick(random);
    const recent = keyTime > calendar.asOf - 60 * DAY;
    const prospect = random.chance(recent ? 0.25 : 0.06);
    const engagement = random.normal(0.45, 0.22, 0.02, 1);

    roster.ids[i] = random.uuid();
    roster.chapterOf[i] = chapter;
    roster.keyTime[i] = keyTime;
    roster.prospect[i] = prospect ? 1 : 0;
    roster.engagement[i] = engagement;

    const lifetime = lifetimeOf(settings, calendar, roster, i);
    const spans = activeSpans(lifetime, calendar);
    if (lifetime.joinedAt !== null) joinedAt[i] = lifetime.joinedAt;
    roster.activeUntil[i] = spans[0]?.[1] ?? NaN;

    for (const [from, until] of spans) {
      const last = until >= calendar.asOf ? months - 1 : monthIndex(calendar, until);
      for (let month = monthIndex(calendar, from); month <= last; month++) {
        const middle = calendar.start + (month + 0.5) * MONTH;
        if ((middle >= from && middle < until) || (until >= calendar.asOf && middle >= calendar.asOf)) {
          roster.pool[chapter * months + month]! += engagement;
        }
      }
    }

    if (random.chance(0.18)) {
      const candidates = chapterMembers[chapter]!;
      for (let attempt = 0; attempt < 6 && candidates.length > 0; attempt++) {
        const j = candidates[Math.floor(random.next() * candidates.length)]!;
        const eligible = joinedAt[j]! + 30 * DAY <= lifetime.reachedAt && roster.activeUntil[j]! > lifetime.reachedAt;
        if (eligible && random.chance(0.3 + 0.7 * roster.engagement[j]!)) {
          roster.referrerOf[i] = j;
          if (lifetime.joinedAt !== null) referrals.push({ referrer: j, referred: i, at: lifetime.joinedAt });
          break;
        }
      }
    }
    if (!prospect) chapterMembers[chapter]!.push(i);
  }

  // Referrals as compact lists per referrer, each in time order.
  referrals.sort((a, b) => a.referrer - b.referrer || a.at - b.at);
  roster.referralTimes = Float64Array.from(referrals, (referral) => referral.at);
  roster.referralMembers = Int32Array.from(referrals, (referral) => referral.referred);
  let cursor = 0;
  for (let i = 0; i <= size; i++) {
    while (cursor < referrals.length && referrals[cursor]!.referrer < i) cursor++;
    roster.referralOffsets[i] = cursor;
  }
  return roster;
}
