import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  date,
  index,
  integer,
  pgSchema,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { defineInbox } from '../../core/bus/inbox.js';
import { defineIdempotencyKeys } from '../../core/idempotency/idempotencyKeys.js';

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

/**
 * Where a registration stands. CONFIRMED and PENDING_PAYMENT hold a seat: a
 * seat at a points-priced event is held PENDING_PAYMENT until loyalty has
 * charged the points (then CONFIRMED) or declined (then the registration is
 * CANCELLED with the reason POINTS_DECLINED, and its seat goes to the first
 * member on the waitlist).
 */
export const registrationStatus = eventsSchema.enum('registration_status', [
  'CONFIRMED',
  'PENDING_PAYMENT',
  'WAITLISTED',
  'CANCELLED',
]);

/**
 * Why a registration was cancelled. MEMBER_NOT_ACTIVE and BELOW_MINIMUM_TIER
 * cancel a waitlisted registration passed over when a seat came free.
 */
export const cancellationReason = eventsSchema.enum('cancellation_reason', [
  'MEMBER',
  'STAFF',
  'EVENT_CANCELLED',
  'POINTS_DECLINED',
  'MEMBER_NOT_ACTIVE',
  'BELOW_MINIMUM_TIER',
]);

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
    /** When the registration got its seat for good; null while it has none or waits for the points. */
    confirmedAt: timestamptz('confirmed_at'),
    checkedInAt: timestamptz('checked_in_at'),
    cancelledAt: timestamptz('cancelled_at'),
    cancellationReason: cancellationReason('cancellation_reason'),
    /**
     * The points asked of the member for the seat (the event's price when the
     * seat was taken); null unless the seat was priced in points. Whether
     * they were charged is `points_entry_id`.
     */
    pointsCharged: integer('points_charged'),
    /** The loyalty ledger entry that charged the points, once charged. */
    pointsEntryId: uuid('points_entry_id'),
    /** When the charged points were asked back; null unless refunded. */
    pointsRefundRequestedAt: timestamptz('points_refund_requested_at'),
  },
  (table) => [
    // One live registration per member and event; a cancelled one does not
    // stop the member from registering again.
    uniqueIndex('registrations_event_member_idx')
      .on(table.eventId, table.memberId)
      .where(sql`${table.status} <> 'CANCELLED'`),
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

/**
 * The fees charged for seats at fee-priced events: the revenue of the
 * event-fee stream. One row per registration that got a seat; a seat given
 * up before the event is refunded (refunded_at), so the stream's revenue is
 * the sum of the rows not refunded.
 */
export const feeCharges = eventsSchema.table(
  'fee_charges',
  {
    registrationId: uuid('registration_id')
      .primaryKey()
      .references(() => registrations.id),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    memberId: uuid('member_id').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    chargedAt: timestamptz('charged_at').notNull(),
    refundedAt: timestamptz('refunded_at'),
  },
  (table) => [index('fee_charges_event_idx').on(table.eventId)],
);

/**
 * The events subgraph's copy of each member's current tier, kept from
 * loyalty.TierChanged (the seed writes it for seeded members): registration
 * checks it against an event's minimum tier.
 */
export const memberTiers = eventsSchema.table('member_tiers', {
  memberId: uuid('member_id').primaryKey(),
  /** A tier id of the loyalty subgraph, such as "gold". */
  tierId: text('tier_id').notNull(),
  /** The China calendar day the tier took effect. */
  effectiveOn: date('effective_on').notNull(),
  /** When loyalty recorded the change; orders changes of the same day. */
  changedAt: timestamptz('changed_at').notNull(),
});

/**
 * The events subgraph's copy of each member's status, kept from
 * members.MemberStatusChanged (the seed writes it): only ACTIVE members
 * register.
 */
export const memberStatuses = eventsSchema.table('member_statuses', {
  memberId: uuid('member_id').primaryKey(),
  /** A status of the members subgraph: PROSPECT, ACTIVE, LAPSED, CHURNED or SUSPENDED. */
  status: text('status').notNull(),
  /** When the status took effect; a change older than the copy is ignored. */
  effectiveAt: timestamptz('effective_at').notNull(),
});

/**
 * The events subgraph's copy of the chapters' leads, kept from
 * chapters.LeadAppointed and chapters.LeadRemoved (the seed writes it): a
 * lead manages their chapter's events. A removed role stays as a row that is
 * no longer `active`, so that an appointment handled late cannot revive it.
 */
export const chapterLeads = eventsSchema.table(
  'chapter_leads',
  {
    chapterId: text('chapter_id').notNull(),
    memberId: uuid('member_id').notNull(),
    /** A role of the chapters subgraph, such as "CHAIR". */
    role: text('role').notNull(),
    active: boolean('active').notNull(),
    /** When the appointment or removal this row reflects happened. */
    changedAt: timestamptz('changed_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.chapterId, table.role, table.memberId] }),
    index('chapter_leads_member_idx').on(table.memberId, table.chapterId),
  ],
);

/**
 * The events subgraph's copy of the chapters that exist, by id: an event
 * belongs to one of them or is national. The seed writes it with the
 * chapters. The chapters subgraph has no write that opens or closes a
 * chapter, so no domain event keeps it yet; one that does would be handled
 * into this table.
 */
export const knownChapters = eventsSchema.table('known_chapters', {
  chapterId: text('chapter_id').primaryKey(),
});

/** The events the events subgraph has handled, each once. */
export const processedEvents = defineInbox(eventsSchema);

/** The answers of mutations applied under a client's idempotency key. */
export const idempotencyKeys = defineIdempotencyKeys(eventsSchema);

export type EventRow = typeof events.$inferSelect;
export type RegistrationRow = typeof registrations.$inferSelect;
export type RatingRow = typeof ratings.$inferSelect;
export type FeeChargeRow = typeof feeCharges.$inferSelect;
export type MemberTierRow = typeof memberTiers.$inferSelect;
export type MemberStatusRow = typeof memberStatuses.$inferSelect;
export type ChapterLeadCopyRow = typeof chapterLeads.$inferSelect;
export type KnownChapterRow = typeof knownChapters.$inferSelect;
