import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  date,
  index,
  integer,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { defineInbox } from '../../core/bus/inbox.js';
import { defineIdempotencyKeys } from '../../core/idempotency/idempotencyKeys.js';

/** The members subgraph owns this PostgreSQL schema and nothing outside it. */
export const membersSchema = pgSchema('members');

export const memberStatus = membersSchema.enum('member_status', [
  'PROSPECT',
  'ACTIVE',
  'LAPSED',
  'CHURNED',
  'SUSPENDED',
]);

export const lifecycleStage = membersSchema.enum('lifecycle_stage', [
  'REACHED',
  'ACTIVATED',
  'RETAINED',
  'MONETISED',
]);

export const tierCode = membersSchema.enum('tier_code', ['BRONZE', 'SILVER', 'GOLD', 'PLATINUM', 'DIAMOND']);

export const carBrand = membersSchema.enum('car_brand', [
  'MERCEDES_BENZ',
  'BMW',
  'AUDI',
  'PORSCHE',
  'TESLA',
  'NIO',
  'LI_AUTO',
  'ZEEKR',
  'LOTUS',
]);

export const powertrain = membersSchema.enum('powertrain', ['PETROL', 'HYBRID', 'EV']);

export const termOutcome = membersSchema.enum('term_outcome', ['OPEN', 'RENEWED', 'LAPSED', 'LEFT']);

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const members = membersSchema.table(
  'members',
  {
    id: uuid('id').primaryKey(),
    memberNumber: integer('member_number').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    birthday: date('birthday'),
    city: text('city').notNull(),
    language: text('language').notNull(),
    consentMarketing: boolean('consent_marketing').notNull(),
    consentPartnerOffers: boolean('consent_partner_offers').notNull(),
    consentEventPhotos: boolean('consent_event_photos').notNull(),
    homeChapterId: text('home_chapter_id').notNull(),
    status: memberStatus('status').notNull(),
    lifecycleStage: lifecycleStage('lifecycle_stage').notNull(),
    reachedAt: timestamptz('reached_at').notNull(),
    activatedAt: timestamptz('activated_at'),
    retainedAt: timestamptz('retained_at'),
    monetisedAt: timestamptz('monetised_at'),
    referrerId: uuid('referrer_id').references((): AnyPgColumn => members.id),
    joinedOn: date('joined_on'),
    /**
     * A copy of the member's tier, owned by the loyalty subgraph and kept here
     * from its tier-change events, so that member lists can filter by tier
     * without reading another subgraph's tables.
     */
    tierCode: tierCode('tier_code'),
    /** The China calendar day the copied tier took effect (loyalty's effectiveOn). */
    tierEffectiveOn: date('tier_effective_on'),
    /** When loyalty recorded the copied tier change; orders changes of the same day. */
    tierChangedAt: timestamptz('tier_changed_at'),
  },
  (table) => [
    uniqueIndex('members_number_idx').on(table.memberNumber),
    index('members_chapter_idx').on(table.homeChapterId, table.memberNumber),
    index('members_status_idx').on(table.status, table.memberNumber),
    index('members_tier_idx').on(table.tierCode, table.memberNumber),
    index('members_stage_idx').on(table.lifecycleStage, table.memberNumber),
    index('members_referrer_idx').on(table.referrerId),
  ],
);

export const cars = membersSchema.table(
  'cars',
  {
    id: uuid('id').primaryKey(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    brand: carBrand('brand').notNull(),
    model: text('model').notNull(),
    year: integer('year').notNull(),
    powertrain: powertrain('powertrain').notNull(),
    plate: text('plate'),
    registeredAt: timestamptz('registered_at').notNull(),
  },
  (table) => [
    index('cars_member_idx').on(table.memberId, table.registeredAt),
    index('cars_brand_idx').on(table.brand, table.memberId),
    index('cars_powertrain_idx').on(table.powertrain, table.memberId),
  ],
);

export const membershipTerms = membersSchema.table(
  'membership_terms',
  {
    id: uuid('id').primaryKey(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    /** A fee plan id of the loyalty subgraph. */
    feePlanId: text('fee_plan_id').notNull(),
    duesMinor: integer('dues_minor').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    duesPaidAt: timestamptz('dues_paid_at'),
    outcome: termOutcome('outcome').notNull(),
    outcomeAt: timestamptz('outcome_at'),
  },
  (table) => [
    index('terms_member_idx').on(table.memberId, table.startsOn),
    // A member runs one term at a time: renewing closes the open term first.
    uniqueIndex('terms_one_open_idx').on(table.memberId).where(sql`${table.outcome} = 'OPEN'`),
  ],
);

/**
 * Every change of a member's status, with its reason: the status column of
 * `members` is the latest of these facts, never the only record of them.
 */
export const statusChanges = membersSchema.table(
  'status_changes',
  {
    id: uuid('id').primaryKey(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    fromStatus: memberStatus('from_status'),
    toStatus: memberStatus('to_status').notNull(),
    reason: text('reason').notNull(),
    effectiveAt: timestamptz('effective_at').notNull(),
    /** Orders changes in the order they were recorded, for two of the same instant. */
    sequence: bigint('sequence', { mode: 'number' }).generatedAlwaysAsIdentity(),
  },
  (table) => [index('status_changes_member_idx').on(table.memberId, table.effectiveAt)],
);

/**
 * The members subgraph's copy of each fee plan's annual dues. Fee plans are
 * the loyalty subgraph's; their dues are reference data, migrated here and
 * written by the seed with the same values, so that admitting or renewing a
 * member charges the plan's dues without reading loyalty's tables.
 */
export const feePlans = membersSchema.table('fee_plans', {
  /** A fee plan id of the loyalty subgraph, such as "premium". */
  id: text('id').primaryKey(),
  annualDuesMinor: integer('annual_dues_minor').notNull(),
  currency: char('currency', { length: 3 }).notNull(),
});

/**
 * The chapters the members subgraph knows exist: a prospect's home chapter
 * must be one of them. Chapters are the chapters subgraph's reference data,
 * which no mutation creates (the seed writes them), so the seed writes this
 * copy with the same ids; members never reads the chapters subgraph's tables.
 */
export const knownChapters = membersSchema.table('known_chapters', {
  /** A chapter id of the chapters subgraph, such as "shanghai". */
  chapterId: text('chapter_id').primaryKey(),
});

/** The events the members subgraph has handled, each once. */
export const processedEvents = defineInbox(membersSchema);

/** The answers of mutations applied under a client's idempotency key. */
export const idempotencyKeys = defineIdempotencyKeys(membersSchema);

export type MemberRow = typeof members.$inferSelect;
export type CarRow = typeof cars.$inferSelect;
export type MembershipTermRow = typeof membershipTerms.$inferSelect;
export type StatusChangeRow = typeof statusChanges.$inferSelect;
export type FeePlanRow = typeof feePlans.$inferSelect;
