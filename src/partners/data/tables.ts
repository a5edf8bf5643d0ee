import { char, date, index, integer, numeric, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { defineInbox } from '../../core/bus/inbox.js';
import { defineIdempotencyKeys } from '../../core/idempotency/idempotencyKeys.js';

/** The partners subgraph owns this PostgreSQL schema and nothing outside it. */
export const partnersSchema = pgSchema('partners');

export const partnerKind = partnersSchema.enum('partner_kind', [
  'CAR_MAKER',
  'LUXURY_BRAND',
  'FINANCIAL',
  'TRAVEL_HOSPITALITY',
  'LOCAL_SERVICE',
]);

export const sponsorshipLevel = partnersSchema.enum('sponsorship_level', ['TITLE', 'PLATINUM', 'GOLD']);

export const partners = partnersSchema.table(
  'partners',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    kind: partnerKind('kind').notNull(),
    website: text('website'),
    /** A chapter id of the chapters subgraph, for local service providers. */
    chapterId: text('chapter_id'),
    partnerSince: date('partner_since').notNull(),
  },
  (table) => [
    index('partners_name_idx').on(table.name, table.id),
    index('partners_kind_idx').on(table.kind, table.name, table.id),
    index('partners_chapter_idx').on(table.chapterId),
  ],
);

export const sponsorships = partnersSchema.table(
  'sponsorships',
  {
    id: uuid('id').primaryKey(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    level: sponsorshipLevel('level').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    valueMinor: integer('value_minor').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    revenueSharePercent: numeric('revenue_share_percent', { precision: 5, scale: 2, mode: 'number' }),
  },
  (table) => [index('sponsorships_partner_idx').on(table.partnerId, table.startsOn)],
);

/** The events a sponsorship covers; the event ids point into the events subgraph. */
export const sponsoredEvents = partnersSchema.table(
  'sponsored_events',
  {
    sponsorshipId: uuid('sponsorship_id')
      .notNull()
      .references(() => sponsorships.id),
    eventId: uuid('event_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.sponsorshipId, table.eventId] }), index('sponsored_events_event_idx').on(table.eventId)],
);

/** The chapters a sponsorship covers; the chapter ids point into the chapters subgraph. */
export const sponsoredChapters = partnersSchema.table(
  'sponsored_chapters',
  {
    sponsorshipId: uuid('sponsorship_id')
      .notNull()
      .references(() => sponsorships.id),
    chapterId: text('chapter_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.sponsorshipId, table.chapterId] }), index('sponsored_chapters_chapter_idx').on(table.chapterId)],
);

export const offers = partnersSchema.table(
  'offers',
  {
    id: uuid('id').primaryKey(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    title: text('title').notNull(),
    description: text('description').notNull(),
    validFrom: date('valid_from').notNull(),
    validUntil: date('valid_until'),
    /** A benefit id of the benefits subgraph, once the offer became one. */
    benefitId: uuid('benefit_id'),
  },
  (table) => [index('offers_partner_idx').on(table.partnerId, table.validFrom)],
);

/**
 * The events the partners subgraph knows exist, kept from events.EventCreated
 * (the seed writes it): a sponsorship may cover only those.
 */
export const knownEvents = partnersSchema.table('known_events', {
  eventId: uuid('event_id').primaryKey(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** The events the partners subgraph has handled, each once. */
export const processedEvents = defineInbox(partnersSchema);

/** The answers of mutations applied under a client's idempotency key. */
export const idempotencyKeys = defineIdempotencyKeys(partnersSchema);

export type PartnerRow = typeof partners.$inferSelect;
export type SponsorshipRow = typeof sponsorships.$inferSelect;
export type OfferRow = typeof offers.$inferSelect;
