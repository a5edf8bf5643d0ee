import { char, date, index, integer, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { defineInbox } from '../../core/bus/inbox.js';
import { defineIdempotencyKeys } from '../../core/idempotency/idempotencyKeys.js';

/** The loyalty subgraph owns this PostgreSQL schema and nothing outside it. */
export const loyaltySchema = pgSchema('loyalty');

export const tierCode = loyaltySchema.enum('tier_code', ['BRONZE', 'SILVER', 'GOLD', 'PLATINUM', 'DIAMOND']);

export const feePlanCode = loyaltySchema.enum('fee_plan_code', ['STANDARD', 'PREMIUM', 'FLAGSHIP']);

export const tierChangeReason = loyaltySchema.enum('tier_change_reason', [
  'ADMISSION',
  'REVIEW_PROMOTION',
  'REVIEW_DEMOTION',
  'STAFF_DECISION',
]);

export const pointsEntryKind = loyaltySchema.enum('points_entry_kind', [
  'EARN_ATTENDANCE',
  'EARN_SPEND',
  'EARN_REFERRAL',
  'EARN_CONTRIBUTION',
  'SPEND_BENEFIT',
  'SPEND_SERVICE',
  'SPEND_EVENT',
  'REFUND',
  'EXPIRE',
  'ADJUSTMENT',
]);

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const feePlans = loyaltySchema.table('fee_plans', {
  id: text('id').primaryKey(),
  code: feePlanCode('code').notNull().unique(),
  name: text('name').notNull(),
  annualDuesMinor: integer('annual_dues_minor').notNull(),
  currency: char('currency', { length: 3 }).notNull(),
});

export const tiers = loyaltySchema.table('tiers', {
  id: text('id').primaryKey(),
  code: tierCode('code').notNull().unique(),
  name: text('name').notNull(),
  rank: integer('rank').notNull().unique(),
  entryThreshold: integer('entry_threshold').notNull(),
  keepThreshold: integer('keep_threshold').notNull(),
  feePlanId: text('fee_plan_id')
    .notNull()
    .references(() => feePlans.id),
});

/** A member's current tier and value score; a member without a row has neither yet. */
export const memberStandings = loyaltySchema.table(
  'member_standings',
  {
    memberId: uuid('member_id').primaryKey(),
    tierId: text('tier_id')
      .notNull()
      .references(() => tiers.id),
    valueScore: integer('value_score').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (table) => [index('standings_tier_idx').on(table.tierId)],
);

export const tierChanges = loyaltySchema.table(
  'tier_changes',
  {
    id: uuid('id').primaryKey(),
    memberId: uuid('member_id').notNull(),
    fromTierId: text('from_tier_id').references(() => tiers.id),
    toTierId: text('to_tier_id')
      .notNull()
      .references(() => tiers.id),
    reason: tierChangeReason('reason').notNull(),
    effectiveOn: date('effective_on').notNull(),
  },
  (table) => [index('tier_changes_member_idx').on(table.memberId, table.effectiveOn)],
);

export const pointsEntries = loyaltySchema.table(
  'points_entries',
  {
    id: uuid('id').primaryKey(),
    memberId: uuid('member_id').notNull(),
    points: integer('points').notNull(),
    kind: pointsEntryKind('kind').notNull(),
    reason: text('reason').notNull(),
    occurredAt: timestamptz('occurred_at').notNull(),
  },
  (table) => [index('points_member_idx').on(table.memberId, table.occurredAt, table.id)],
);

/**
 * Every points charge another subgraph asked for and loyalty booked, one per
 * requester and reference ever: a repeated request finds its charge here and
 * books nothing. A refund of the charge is kept on the same row, so that a
 * reference is refunded at most once and never by more than was charged.
 */
export const pointsCharges = loyaltySchema.table(
  'points_charges',
  {
    /** The subgraph that asked ("benefits", "events"). */
    requestedBy: text('requested_by').notNull(),
    /** The requester's reference, such as "redemption:<id>" or "registration:<id>". */
    reference: text('reference').notNull(),
    memberId: uuid('member_id').notNull(),
    /** The points charged, positive. */
    points: integer('points').notNull(),
    /** The ledger entry that took the points. */
    entryId: uuid('entry_id')
      .notNull()
      .references(() => pointsEntries.id),
    chargedAt: timestamptz('charged_at').notNull(),
    /** The REFUND entry that gave points back, once a refund was asked for. */
    refundEntryId: uuid('refund_entry_id').references(() => pointsEntries.id),
    /** The points refunded, at most `points`; null until refunded. */
    refundedPoints: integer('refunded_points'),
  },
  (table) => [primaryKey({ columns: [table.requestedBy, table.reference] }), index('points_charges_member_idx').on(table.memberId)],
);

/** The events the loyalty subgraph has handled, each once. */
export const processedEvents = defineInbox(loyaltySchema);

/** The answers of mutations applied under a client's idempotency key. */
export const idempotencyKeys = defineIdempotencyKeys(loyaltySchema);

export type FeePlanRow = typeof feePlans.$inferSelect;
export type TierRow = typeof tiers.$inferSelect;
export type MemberStandingRow = typeof memberStandings.$inferSelect;
export type TierChangeRow = typeof tierChanges.$inferSelect;
export type PointsEntryRow = typeof pointsEntries.$inferSelect;
export type PointsChargeRow = typeof pointsCharges.$inferSelect;
export type PointsEntryKind = PointsEntryRow['kind'];
