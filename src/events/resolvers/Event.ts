import { isUuid } from '../../core/ids.js';
import { invariant } from '../../core/invariant.js';
import { toConnection, toPageSize } from '../../core/pagination.js';
import { assertReadsRegistrations } from '../access.js';
import { registrationCursorKey, toAfterSequence } from '../cursors.js';
import type { RatingTotalsRow } from '../data/ratingQueries.js';
import type { RegistrationCountsRow } from '../data/registrationQueries.js';
import type { EventResolvers, RatingSummary, RegistrationStatus } from '../generated/resolvers.js';
import { eventLoaders } from '../loaders.js';
import { toLocalIso } from '../localTime.js';

/** Which count of `RegistrationCountsRow` holds the registrations of each status. */
const countOfStatus: Record<RegistrationStatus, keyof Omit<RegistrationCountsRow, 'eventId' | 'attended'>> = {
  CONFIRMED: 'confirmed',
  PENDING_PAYMENT: 'pendingPayment',
  WAITLISTED: 'waitlisted',
  CANCELLED: 'cancelled',
};

/**
 * The summary of an event's ratings. The net promoter score is the share of
 * promoters (9-10) less the share of detractors (0-6), in percent.
 */
function toRatingSummary(totals: RatingTotalsRow | null): RatingSummary {
  if (totals === null || totals.count === 0) {
    return { count: 0, averageSatisfaction: null, netPromoterScore: null };
  }
  return {
    count: totals.count,
    averageSatisfaction: totals.satisfactionSum / totals.count,
    netPromoterScore: ((totals.promoters - totals.detractors) * 100) / totals.count,
  };
}

/**
 * Event: owned by the events subgraph; the partners subgraph adds sponsors.
 * Key `id`. Everything but `registrations` (staff and the chapter's leads)
 * is public; the counts, the participation rate and the rating summary are
 * batched across events.
 */
export const Event: EventResolvers = {
  /** Loads the event; null when the id names none (or is no UUID). */
  __resolveReference: (reference, context) =>
    isUuid(reference.id) ? eventLoaders(context).event.load(reference.id.toLowerCase()) : null,

  /** The running chapter as a reference; null for a national event. */
  chapter: (event) => (event.chapterId === null ? null : { id: event.chapterId }),

  national: (event) => event.chapterId === null,

  /** The start in the event's own time zone, with its offset at that instant. */
  startsAtLocal: (event) => toLocalIso(event.startsAt, event.timeZone),

  /** The end in the event's own time zone, with its offset at that instant. */
  endsAtLocal: (event) => toLocalIso(event.endsAt, event.timeZone),

  /** The venue; null when the event has no venue name (an online event). */
  venue: (event) => {
    if (event.venueName === null) return null;
    invariant(
      event.venueAddress !== null && event.venueCity !== null,
      `Event ${event.id} has a venue name without an address and a city.`,
    );
    return { name: event.venueName, address: event.venueAddress, city: event.venueCity };
  },

  /** The lowest tier admitted, as a reference the loyalty subgraph resolves; null for all tiers. */
  minimumTier: (event) => (event.minimumTierId === null ? null : { id: event.minimumTierId }),

  /** The fee (only with both an amount and a currency) and the points price. */
  price: (event) => ({
    fee:
      event.feeMinor === null || event.feeCurrency === null
        ? null
        : { amountMinor: event.feeMinor, currency: event.feeCurrency },
    points: event.pointsPrice,
  }),

  confirmedCount: async (event, _args, context) =>
    (await eventLoaders(context).registrationCounts.load(event.id)).confirmed,

  pendingPaymentCount: async (event, _args, context) =>
    (await eventLoaders(context).registrationCounts.load(event.id)).pendingPayment,

  /** Capacity less confirmed and pending seats; never below 0. */
  seatsLeft: async (event, _args, context) => {
    const counts = await eventLoaders(context).registrationCounts.load(event.id);
    return Math.max(0, event.capacity - counts.confirmed - counts.pendingPayment);
  },

  waitlistCount: async (event, _args, context) =>
    (await eventLoaders(context).registrationCounts.load(event.id)).waitlisted,

  /** Confirmed registrations with a check-in. */
  attendedCount: async (event, _args, context) =>
    (await eventLoaders(context).registrationCounts.load(event.id)).attended,

  /** Attended over confirmed, from 0 to 1; null while nobody is confirmed. */
  participationRate: async (event, _args, context) => {
    const counts = await eventLoaders(context).registrationCounts.load(event.id);
    return counts.confirmed === 0 ? null : counts.attended / counts.confirmed;
  },

  /** Count, average satisfaction and NPS of the event's ratings; never null. */
  ratings: async (event, _args, context) => toRatingSummary(await eventLoaders(context).ratingTotals.load(event.id)),

  /**
   * The event's registrations in order of registration (sequence), optionally
   * one status's, as a cursor connection. Staff, and the leads of the
   * event's chapter (who check members in): the list names who registered;
   * anyone else gets null and FORBIDDEN on this field. Batched across
   * events; totalCount comes from the batched status counts.
   */
  registrations: async (event, args, context) => {
    await assertReadsRegistrations(context, event.chapterId, 'Event.registrations');
    const page = toRegistrationsPage(event.id, args);
    const { status } = page.key.args;
    const loaders = eventLoaders(context);
    const rows = await loaders.eventRegistrations.load(page.key);
    return toConnection({
      rows,
      pageSize: page.pageSize,
      afterCursor: page.key.args.afterSequence !== null,
      keyOf: registrationCursorKey,
      count: async () => {
        const counts = await loaders.registrationCounts.load(event.id);
        return status === null
          ? counts.confirmed + counts.pendingPayment + counts.waitlisted + counts.cancelled
          : counts[countOfStatus[status]];
      },
    });
  },
};

/**
 * The page of an event's registrations that Event.registrations's arguments
 * ask for, as the registrations loader's key (one row more than the page, to
 * tell whether another follows). BAD_USER_INPUT for a bad page size or cursor.
 */
export function toRegistrationsPage(
  eventId: string,
  args: { first?: number | null; after?: string | null; status?: RegistrationStatus | null },
) {
  const pageSize = toPageSize(args.first);
  const afterSequence = toAfterSequence(args.after);
  return {
    pageSize,
    key: { parentId: eventId, args: { status: args.status ?? null, afterSequence, limit: pageSize + 1 } },
  };
}
