import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../core/batch.js';
import type { Database } from '../core/database/database.js';
import { requestScoped } from '../core/requestScoped.js';
import {
  countEventsOfChapters,
  findEvents,
  pageEventsOfChapters,
  type EventFilterValues,
  type EventPosition,
  type PositionedEventRow,
} from './data/eventQueries.js';
import { findRatingsOfRegistrations, sumRatingsOfEvents, type RatingTotalsRow } from './data/ratingQueries.js';
import {
  countRegistrationsOfEvents,
  findRegistrations,
  findWaitlistPositions,
  latestRegistrationsOfMembers,
  pageRegistrationsOfEvents,
  pastRegistrationsOfMembers,
  upcomingRegistrationsOfMembers,
  type RegistrationCountsRow,
} from './data/registrationQueries.js';
import type { EventRow, RatingRow, RegistrationRow } from './data/tables.js';
import { batchByArgs, listCacheKey, type ListKey } from './listKey.js';

/** Events by id; null for an id that names none. */
export function createEventLoader(db: Database) {
  return new DataLoader<string, EventRow | null>(async (ids) => oneByKey(ids, await findEvents(db, ids), (row) => row.id));
}

/** Registrations by id; null for an id that names none. */
export function createRegistrationLoader(db: Database) {
  return new DataLoader<string, RegistrationRow | null>(async (ids) =>
    oneByKey(ids, await findRegistrations(db, ids), (row) => row.id),
  );
}

/**
 * Each event's registration counts by status, from one GROUP BY statement for
 * all events asked; an event without registrations counts zeros.
 */
export function createRegistrationCountsLoader(db: Database) {
  return new DataLoader<string, RegistrationCountsRow>(async (eventIds) => {
    const rows = oneByKey(eventIds, await countRegistrationsOfEvents(db, eventIds), (row) => row.eventId);
    return eventIds.map(
      (eventId, index) =>
        rows[index] ?? { eventId, confirmed: 0, pendingPayment: 0, waitlisted: 0, cancelled: 0, attended: 0 },
    );
  });
}

/** Each event's rating totals from one GROUP BY statement; null for an unrated event. */
export function createRatingTotalsLoader(db: Database) {
  return new DataLoader<string, RatingTotalsRow | null>(async (eventIds) =>
    oneByKey(eventIds, await sumRatingsOfEvents(db, eventIds), (row) => row.eventId),
  );
}

/** Ratings by registration id; null for a registration not rated. */
export function createRatingLoader(db: Database) {
  return new DataLoader<string, RatingRow | null>(async (registrationIds) =>
    oneByKey(registrationIds, await findRatingsOfRegistrations(db, registrationIds), (row) => row.registrationId),
  );
}

/**
 * Waitlist places (from 1) by registration id, numbered by sequence within
 * each event in one statement; null for a registration not waitlisted.
 */
export function createWaitlistPositionLoader(db: Database) {
  return new DataLoader<string, number | null>(async (registrationIds) => {
    const rows = await findWaitlistPositions(db, registrationIds);
    return oneByKey(registrationIds, rows, (row) => row.id).map((row) => row?.position ?? null);
  });
}

/** The arguments of one page of a chapter's events. */
export interface ChapterEventsArgs {
  filter: EventFilterValues;
  after: EventPosition | null;
  limit: number;
}

/**
 * A page of each chapter's events (start order, then id), keyed by chapter id
 * and the page's arguments: one statement per distinct set of arguments.
 */
export function createChapterEventsLoader(db: Database) {
  return new DataLoader<ListKey<ChapterEventsArgs>, PositionedEventRow[], string>(
    (keys) =>
      batchByArgs(keys, async (chapterIds, args) =>
        manyByKey<string | null, PositionedEventRow>(
          chapterIds,
          await pageEventsOfChapters(db, { chapterIds, ...args }),
          (row) => row.chapterId,
        ),
      ),
    { cacheKeyFn: listCacheKey },
  );
}

/** How many of each chapter's events match a filter, keyed by chapter id and filter. */
export function createChapterEventCountLoader(db: Database) {
  return new DataLoader<ListKey<EventFilterValues>, number, string>(
    (keys) =>
      batchByArgs(keys, async (chapterIds, filter) =>
        oneByKey<string | null, { chapterId: string | null; total: number }>(
          chapterIds,
          await countEventsOfChapters(db, chapterIds, filter),
          (row) => row.chapterId,
        ).map((row) => row?.total ?? 0),
      ),
    { cacheKeyFn: listCacheKey },
  );
}

/** The arguments of one page of an event's registrations. */
export interface EventRegistrationsArgs {
  status: RegistrationRow['status'] | null;
  afterSequence: number | null;
  limit: number;
}

/**
 * A page of each event's registrations in order of registration, keyed by
 * event id and the page's arguments: one statement per distinct arguments.
 * Callers check access first: registrations name who registered.
 */
export function createEventRegistrationsLoader(db: Database) {
  return new DataLoader<ListKey<EventRegistrationsArgs>, RegistrationRow[], string>(
    (keys) =>
      batchByArgs(keys, async (eventIds, args) =>
        manyByKey(eventIds, await pageRegistrationsOfEvents(db, { eventIds, ...args }), (row) => row.eventId),
      ),
    { cacheKeyFn: listCacheKey },
  );
}

/** The arguments of a member's latest registrations. */
export interface MemberRegistrationsArgs {
  status: RegistrationRow['status'] | null;
  limit: number;
}

/**
 * Each member's latest registrations, newest first, keyed by member id and the
 * arguments: one statement per distinct arguments. The registrations are read
 * with their events, which prime `events`: a registration's event then costs
 * no statement of its own. Callers check access first.
 */
export function createMemberRegistrationsLoader(db: Database, events: DataLoader<string, EventRow | null>) {
  return new DataLoader<ListKey<MemberRegistrationsArgs>, RegistrationRow[], string>(
    (keys) =>
      batchByArgs(keys, async (memberIds, args) => {
        const rows = await latestRegistrationsOfMembers(db, { memberIds, ...args });
        for (const { event } of rows) events.prime(event.id, event);
        return manyByKey(
          memberIds,
          rows.map((row) => row.registration),
          (row) => row.memberId,
        );
      }),
    { cacheKeyFn: listCacheKey },
  );
}

/** Which of a member's events: those not yet ended, or those ended. */
export type MemberCalendarArgs = { when: 'UPCOMING' | 'PAST'; limit: number };

/**
 * Each member's upcoming registrations (soonest event first) or past
 * confirmed ones (latest first), keyed by member id and the arguments: one
 * statement per distinct arguments, with "now" fixed once per request so
 * that every member of it is cut at the same instant. Callers check access.
 */
export function createMemberCalendarLoader(db: Database) {
  const now = new Date();
  return new DataLoader<ListKey<MemberCalendarArgs>, RegistrationRow[], string>(
    (keys) =>
      batchByArgs(keys, async (memberIds, args) => {
        const query = { memberIds, now, limit: args.limit };
        const rows =
          args.when === 'UPCOMING'
            ? await upcomingRegistrationsOfMembers(db, query)
            : await pastRegistrationsOfMembers(db, query);
        return manyByKey(memberIds, rows, (row) => row.memberId);
      }),
    { cacheKeyFn: listCacheKey },
  );
}

/** The events subgraph's loaders for one request. */
export const eventLoaders = requestScoped(({ db }) => {
  const event = createEventLoader(db);
  return {
    event,
    registration: createRegistrationLoader(db),
    registrationCounts: createRegistrationCountsLoader(db),
    ratingTotals: createRatingTotalsLoader(db),
    rating: createRatingLoader(db),
    waitlistPosition: createWaitlistPositionLoader(db),
    chapterEvents: createChapterEventsLoader(db),
    chapterEventCount: createChapterEventCountLoader(db),
    eventRegistrations: createEventRegistrationsLoader(db),
    memberRegistrations: createMemberRegistrationsLoader(db, event),
    memberCalendar: createMemberCalendarLoader(db),
  };
});
