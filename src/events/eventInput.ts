import { BadUserInputError } from '../core/errors.js';
import { toSlug } from '../core/ids.js';
import type { EventRow } from './data/tables.js';
import type { CreateEventInput, MoneyInput, UpdateEventInput, VenueInput } from './generated/resolvers.js';
import { tierOrder } from './tierOrder.js';

/**
 * Checks the input of createEvent and updateEvent and turns it into the
 * columns of an event. Every refusal is BAD_USER_INPUT naming the input field
 * at fault ("input.endsAt"); pure, no database, and no clock but the `now`
 * it is given.
 */

/** An event's columns that its writers choose. */
export type EventDetails = Omit<EventRow, 'id' | 'status'>;

/** The most seats an event may have: more than any venue of the club holds. */
const maxCapacity = 100_000;
const maxTitleLength = 200;
/**
 * How far ahead an event may be set. Beyond a few years a date is a typing
 * mistake, and an instant near the year 9999 would have no ISO 8601 local
 * time east of UTC ("10000-01-01T07:59:59+08:00").
 */
const horizonYears = 10;

const bad = (argument: string, message: string) => new BadUserInputError(`Argument "${argument}" ${message}`, { argument });

function toText(value: string, argument: string): string {
  const text = value.trim();
  if (text.length === 0 || text.length > maxTitleLength) throw bad(argument, `must be 1 to ${maxTitleLength} characters.`);
  return text;
}

function toPositive(value: number, argument: string, most: number): number {
  if (!Number.isInteger(value) || value < 1 || value > most) throw bad(argument, `must be a whole number from 1 to ${most}; got ${value}.`);
  return value;
}

function toVenue(venue: VenueInput | null, argument: string): Pick<EventDetails, 'venueName' | 'venueAddress' | 'venueCity'> {
  if (venue === null) return { venueName: null, venueAddress: null, venueCity: null };
  return {
    venueName: toText(venue.name, `${argument}.name`),
    venueAddress: toText(venue.address, `${argument}.address`),
    venueCity: toText(venue.city, `${argument}.city`),
  };
}

function toFee(fee: MoneyInput | null, argument: string): Pick<EventDetails, 'feeMinor' | 'feeCurrency'> {
  if (fee === null) return { feeMinor: null, feeCurrency: null };
  // The Currency scalar knows the ISO 4217 codes but takes them in any case;
  // a fee is stored and shown as given, so it must be given as the code is.
  if (!/^[A-Z]{3}$/.test(fee.currency)) {
    throw bad(`${argument}.currency`, `must be an upper-case ISO 4217 code such as "CNY"; got "${fee.currency.slice(0, 8)}".`);
  }
  return { feeMinor: toPositive(fee.amountMinor, `${argument}.amountMinor`, 2 ** 31 - 1), feeCurrency: fee.currency };
}

function toMinimumTier(tierId: string | null, argument: string): string | null {
  if (tierId === null) return null;
  if (!(tierOrder as readonly string[]).includes(tierId)) {
    throw bad(argument, `must be one of ${tierOrder.map((id) => `"${id}"`).join(', ')}; got "${tierId.slice(0, 64)}".`);
  }
  return tierId;
}

/** The latest instant an event may start or end at, seen from `now`. */
function horizonOf(now: Date): Date {
  const horizon = new Date(now);
  horizon.setUTCFullYear(horizon.getUTCFullYear() + horizonYears);
  return horizon;
}

/**
 * Bounds an instant the input gave: not before `now` (an event is not set
 * in the past) and within the horizon.
 */
function checkInstant(value: Date, argument: string, now: Date): void {
  if (value.getTime() < now.getTime()) throw bad(argument, 'must not be in the past.');
  if (value.getTime() > horizonOf(now).getTime()) throw bad(argument, `must be within ${horizonYears} years from now.`);
}

/**
 * The rules that tie fields together, checked on the event as it would be
 * after the write. `named` says which fields the input gave, so that the
 * error names a field the client sent when it can.
 */
function checkTogether(details: EventDetails, named: (field: keyof UpdateEventInput) => boolean): EventDetails {
  const pick = (preferred: keyof UpdateEventInput, other: keyof UpdateEventInput) =>
    named(preferred) || !named(other) ? preferred : other;

  if (details.endsAt.getTime() <= details.startsAt.getTime()) {
    throw bad(`input.${pick('endsAt', 'startsAt')}`, 'must leave the end after the start.');
  }
  if (details.feeMinor !== null && details.pointsPrice !== null) {
    const field = pick('pointsPrice', 'fee');
    const other = field === 'fee' ? 'a points price' : 'a fee';
    throw bad(`input.${field}`, `cannot be set together with ${other}: an event costs a fee or points, not both.`);
  }

  // The venue is what the client must send or clear, whichever field broke
  // the rule: both messages are about the venue.
  const online = details.kind === 'ONLINE';
  if (online && details.venueName !== null) throw bad('input.venue', 'must be null for an ONLINE event.');
  if (!online && details.venueName === null) throw bad('input.venue', `is required for a ${details.kind} event.`);
  return details;
}

/**
 * The columns of a new event from createEvent's input. Its start and end lie
 * between `now` and the horizon.
 */
export function toNewEventDetails(input: CreateEventInput, now: Date): EventDetails {
  checkInstant(input.startsAt, 'input.startsAt', now);
  checkInstant(input.endsAt, 'input.endsAt', now);
  const details: EventDetails = {
    title: toText(input.title, 'input.title'),
    kind: input.kind,
    chapterId: input.chapterId == null ? null : toSlug(input.chapterId, 'input.chapterId'),
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    // The TimeZone scalar has taken only an IANA name, in its IANA spelling.
    timeZone: input.timeZone,
    ...toVenue(input.venue ?? null, 'input.venue'),
    capacity: toPositive(input.capacity, 'input.capacity', maxCapacity),
    minimumTierId: toMinimumTier(input.minimumTierId ?? null, 'input.minimumTierId'),
    ...toFee(input.fee ?? null, 'input.fee'),
    pointsPrice: input.pointsPrice == null ? null : toPositive(input.pointsPrice, 'input.pointsPrice', 1_000_000),
  };
  return checkTogether(details, (field) => input[field as keyof CreateEventInput] !== undefined);
}

/**
 * The columns of an event after updateEvent's input: fields left out keep
 * their value, nullable ones given as null are cleared, and the others may
 * not be null. A start or end that changes lies between `now` and the
 * horizon; one given as it is stored stays, so that an event under way can
 * be sent back whole.
 */
export function toUpdatedEventDetails(current: EventRow, input: UpdateEventInput, now: Date): EventDetails {
  const given = (field: keyof UpdateEventInput) => input[field] !== undefined;
  if (input.startsAt && input.startsAt.getTime() !== current.startsAt.getTime()) checkInstant(input.startsAt, 'input.startsAt', now);
  if (input.endsAt && input.endsAt.getTime() !== current.endsAt.getTime()) checkInstant(input.endsAt, 'input.endsAt', now);
  function required<T>(field: keyof UpdateEventInput, value: T | null | undefined, keep: T): T {
    if (value === undefined) return keep;
    if (value === null) throw bad(`input.${field}`, 'cannot be null: leave it out to keep the value.');
    return value;
  }

  const details: EventDetails = {
    title: input.title == null ? required('title', input.title, current.title) : toText(input.title, 'input.title'),
    kind: required('kind', input.kind, current.kind),
    chapterId: !given('chapterId') ? current.chapterId : input.chapterId === null ? null : toSlug(input.chapterId!, 'input.chapterId'),
    startsAt: required('startsAt', input.startsAt, current.startsAt),
    endsAt: required('endsAt', input.endsAt, current.endsAt),
    timeZone: required('timeZone', input.timeZone, current.timeZone),
    ...(given('venue')
      ? toVenue(input.venue ?? null, 'input.venue')
      : { venueName: current.venueName, venueAddress: current.venueAddress, venueCity: current.venueCity }),
    capacity: input.capacity == null ? required('capacity', input.capacity, current.capacity) : toPositive(input.capacity, 'input.capacity', maxCapacity),
    minimumTierId: given('minimumTierId') ? toMinimumTier(input.minimumTierId ?? null, 'input.minimumTierId') : current.minimumTierId,
    ...(given('fee') ? toFee(input.fee ?? null, 'input.fee') : { feeMinor: current.feeMinor, feeCurrency: current.feeCurrency }),
    pointsPrice: !given('pointsPrice')
      ? current.pointsPrice
      : input.pointsPrice === null
        ? null
        : toPositive(input.pointsPrice!, 'input.pointsPrice', 1_000_000),
  };
  return checkTogether(details, given);
}
