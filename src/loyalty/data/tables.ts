import { char, date, index, integer, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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

/**
 * A member's current tier; a member without a row has none yet (a prospect).
 * The value score is the one the current tier was decided on, at admission,
 * review or staff decision; Member.valueScore is computed afresh.
 */
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

/**
 * Every half-year review applied, once each: applying a half year again
 * finds its row and changes nothing.
 */
export const tierReviews = loyaltySchema.table('tier_reviews', {
  /** The half year reviewed, such as "2026-H2". */
  half: text('half').primaryKey(),
  /** The day whose scores the review placed members by, within the half year. */
  asOf: date('as_of').notNull(),
  appliedAt: timestamptz('applied_at').notNull(),
});

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
    /** When the change was made; orders the changes of one day. */
    recordedAt: timestamptz('recorded_at').notNull().defaultNow(),
    /** The review that made the change; null for admissions and staff decisions. */
    reviewHalf: text('review_half').references(() => tierReviews.half),
    /** The value score the change was decided on (for a staff decision, the score that day). */
    valueScore: integer('value_score'),
    /** The threshold that decided a review change; null for other changes. */
    threshold: integer('threshold'),
    /** Staff's reason for a staff decision; null for other changes. */
    note: text('note'),
  },
  (table) => [
    index('tier_changes_member_idx').on(table.memberId, table.effectiveOn),
    uniqueIndex('tier_changes_review_idx').on(table.reviewHalf, table.memberId),
  ],
);

/** The kinds of fact the value score counts besides the points ledger. */
export const scoreFactKind = loyaltySchema.enum('score_fact_kind', ['SPEND', 'ATTENDANCE', 'REFERRAL']);

/**
 * What the value score counts that the ledger does not say: money spent on
 * services, check-ins and referrals, as loyalty learnt them from the other
 * subgraphs' events (points earned and contributions come from the ledger).
 * One row per fact: its source names it, so a fact is counted once.
 */
export const scoreFacts = loyaltySchema.table(
  'score_facts',
  {
    kind: scoreFactKind('kind').notNull(),
    /**
     * What the fact is: "service-order:<id>" (SPEND), "registration:<id>"
     * (ATTENDANCE) or "member:<referred member id>" (REFERRAL).
     */
    source: text('source').notNull(),
    memberId: uuid('member_id').notNull(),
    /** Fen spent for SPEND; 1 for the other kinds. */
    amount: integer('amount').notNull(),
    occurredAt: timestamptz('occurred_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.kind, table.source] }), index('score_facts_member_idx').on(table.memberId, table.occurredAt)],
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

/**
 * The loyalty subgraph's copy of each member's status, kept from
 * members.MemberStatusChanged (the seed writes it): the half-year review
 * leaves out members who had CHURNED by its day.
 */
export const memberStatuses = loyaltySchema.table('member_statuses', {
  memberId: uuid('member_id').primaryKey(),
  /** A status of the members subgraph: PROSPECT, ACTIVE, LAPSED, CHURNED or SUSPENDED. */
  status: text('status').notNull(),
  /** When the status took effect; a change older than the copy is ignored. */
  effectiveAt: timestamptz('effective_at').notNull(),
});

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
export type TierReviewRow = typeof tierReviews.$inferSelect;
export type ScoreFactRow = typeof scoreFacts.$inferSelect;
export type MemberStatusRow = typeof memberStatuses.$inferSelect;
export type PointsEntryKind = PointsEntryRow['kind'];
