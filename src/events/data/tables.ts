import {
  bigint,
  char,
  index,
  integer,
  pgSchema,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** The events subgraph owns this PostgreSQL schema and nothing outside it. */
export const eventsSchema = pgSchema('events');

export const eventKind = eventsSchema.enum('event_kind', [
  'ROAD_TRIP',
  'TRACK_DAY',
  'SALON',
  'NEW_MODEL_LAUNCH',
  'CHARITY_DRIVE',
  'ONLINE',
]);

export const eventStatus = eventsSchema.enum('event_status', ['DRAFT', 'PUBLISHED', 'CANCELLED']);

export const registrationStatus = eventsSchema.enum('registration_status', ['CONFIRMED', 'WAITLISTED', 'CANCELLED']);

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const events = eventsSchema.table(
  'events',
  {
    id: uuid('id').primaryKey(),
    title: text('title').notNull(),
    kind: eventKind('kind').notNull(),
    status: eventStatus('status').notNull(),
    /** A chapter id of the chapters subgraph; null for a national event. */
    chapterId: text('chapter_id'),
    startsAt: timestamptz('starts_at').notNull(),
    endsAt: timestamptz('ends_at').notNull(),
    timeZone: text('time_zone').notNull(),
    venueName: text('venue_name'),
    venueAddress: text('venue_address'),
    venueCity: text('venue_city'),
    capacity: integer('capacity').notNull(),
    /** A tier id of the loyalty subgraph. */
    minimumTierId: text('minimum_tier_id'),
    feeMinor: integer('fee_minor'),
    feeCurrency: char('fee_currency', { length: 3 }),
    pointsPrice: integer('points_price'),
  },
  (table) => [
    index('events_start_idx').on(table.startsAt, table.id),
    index('events_chapter_idx').on(table.chapterId, table.startsAt, table.id),
  ],
);

export const registrations = eventsSchema.table(
  'registrations',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    /** A member id of the members subgraph. */
    memberId: uuid('member_id').notNull(),
    status: registrationStatus('status').notNull(),
    /** Orders the registrations of an event: first come, first served. */
    sequence: bigint('sequence', { mode: 'number' }).generatedAlwaysAsIdentity(),
    registeredAt: timestamptz('registered_at').notNull(),
    checkedInAt: timestamptz('checked_in_at'),
    cancelledAt: timestamptz('cancelled_at'),
  },
  (table) => [
    uniqueIndex('registrations_event_member_idx').on(table.eventId, table.memberId),
    index('registrations_event_idx').on(table.eventId, table.status, table.sequence),
    index('registrations_member_idx').on(table.memberId, table.registeredAt),
  ],
);

/** An attendee's rating, at most one per registration. */
export const ratings = eventsSchema.table(
  'ratings',
  {
    registrationId: uuid('registration_id')
      .primaryKey()
      .references(() => registrations.id),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    satisfaction: smallint('satisfaction').notNull(),
    likelyToRecommend: smallint('likely_to_recommend').notNull(),
    comment: text('comment'),
    ratedAt: timestamptz('rated_at').notNull(),
  },
  (table) => [index('ratings_event_idx').on(table.eventId)],
);

export type EventRow = typeof events.$inferSelect;
export type RegistrationRow = typeof registrations.$inferSelect;
export type RatingRow = typeof ratings.$inferSelect;
