import { char, date, index, integer, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { defineInbox } from '../../core/bus/inbox.js';
import { defineIdempotencyKeys } from '../../core/idempotency/idempotencyKeys.js';

/** The benefits subgraph owns this PostgreSQL schema and nothing outside it. */
export const benefitsSchema = pgSchema('benefits');

export const benefitLayer = benefitsSchema.enum('benefit_layer', ['BASIC', 'VALUE_ADDED', 'EXCLUSIVE']);

export const allowancePeriod = benefitsSchema.enum('allowance_period', ['MONTH', 'YEAR', 'UNLIMITED']);

export const serviceKind = benefitsSchema.enum('service_kind', [
  'MODIFICATION',
  'INSURANCE',
  'DRIVER_TRAINING',
  'CONCIERGE',
  'DETAILING',
  'TRAVEL',
]);

/**
 * Where a redemption stands. One without a points cost is CONFIRMED at once;
 * one with a cost is PENDING until loyalty charges the points (CONFIRMED) or
 * declines the charge (DECLINED, which frees the allowance again).
 */
export const redemptionStatus = benefitsSchema.enum('redemption_status', ['PENDING', 'CONFIRMED', 'DECLINED']);

export const serviceOrderStatus = benefitsSchema.enum('service_order_status', ['PLACED', 'FULFILLED', 'CANCELLED']);

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const benefits = benefitsSchema.table(
  'benefits',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    layer: benefitLayer('layer').notNull(),
    /** A partner id of the partners subgraph, or null when the club provides it. */
    providerPartnerId: uuid('provider_partner_id'),
    /** Points a redemption costs on top of the allowance; 0 for most benefits. */
    pointsCost: integer('points_cost').notNull().default(0),
  },
  (table) => [index('benefits_provider_idx').on(table.providerPartnerId)],
);

/** The benefit matrix: one row per tier and benefit that tier is entitled to. */
export const tierBenefits = benefitsSchema.table(
  'tier_benefits',
  {
    /** A tier id of the loyalty subgraph. */
    tierId: text('tier_id').notNull(),
    benefitId: uuid('benefit_id')
      .notNull()
      .references(() => benefits.id),
    allowance: integer('allowance'),
    period: allowancePeriod('period').notNull(),
  },
  (table) => [primaryKey({ columns: [table.tierId, table.benefitId] }), index('tier_benefits_benefit_idx').on(table.benefitId)],
);

export const redemptions = benefitsSchema.table(
  'redemptions',
  {
    id: uuid('id').primaryKey(),
    memberId: uuid('member_id').notNull(),
    benefitId: uuid('benefit_id')
      .notNull()
      .references(() => benefits.id),
    redeemedAt: timestamptz('redeemed_at').notNull(),
    status: redemptionStatus('status').notNull().default('CONFIRMED'),
    /** The tier the member held when redeeming (a tier id of the loyalty subgraph). */
    tierId: text('tier_id').notNull(),
    /** The points the redemption costs (the benefit's cost at the time). */
    pointsCost: integer('points_cost').notNull().default(0),
    /**
     * The allowance period the redemption used, in China time: "2026-05" for
     * a monthly allowance, "2026" for a yearly one, null when unlimited.
     */
    periodKey: text('period_key'),
  },
  (table) => [
    index('redemptions_member_idx').on(table.memberId, table.redeemedAt),
    index('redemptions_benefit_idx').on(table.benefitId, table.redeemedAt),
    index('redemptions_allowance_idx').on(table.memberId, table.benefitId, table.periodKey),
  ],
);

/**
 * The benefits subgraph's copy of each member's current tier, kept from
 * loyalty.TierChanged events (the seed writes it for seeded members). A
 * redemption locks the member's row, so that concurrent redemptions of one
 * member are counted against the allowance one after another.
 */
export const memberTiers = benefitsSchema.table('member_tiers', {
  memberId: uuid('member_id').primaryKey(),
  /** A tier id of the loyalty subgraph, such as "gold". */
  tierId: text('tier_id').notNull(),
  /** The China calendar day the tier took effect. */
  effectiveOn: date('effective_on').notNull(),
  /** When loyalty recorded the change; orders changes of the same day. */
  changedAt: timestamptz('changed_at').notNull(),
});

/**
 * The benefits subgraph's copy of each member's status, kept from
 * members.MemberStatusChanged (the seed writes it): only ACTIVE members
 * redeem benefits and order services.
 */
export const memberStatuses = benefitsSchema.table('member_statuses', {
  memberId: uuid('member_id').primaryKey(),
  /** A status of the members subgraph: PROSPECT, ACTIVE, LAPSED, CHURNED or SUSPENDED. */
  status: text('status').notNull(),
  /** When the status took effect; a change older than the copy is ignored. */
  effectiveAt: timestamptz('effective_at').notNull(),
});

/** The events the benefits subgraph has handled, each once. */
export const processedEvents = defineInbox(benefitsSchema);

/** The answers of mutations applied under a client's idempotency key. */
export const idempotencyKeys = defineIdempotencyKeys(benefitsSchema);

export const services = benefitsSchema.table(
  'services',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    kind: serviceKind('kind').notNull(),
    priceMinor: integer('price_minor').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    /** A partner id of the partners subgraph, or null when the club delivers it. */
    providerPartnerId: uuid('provider_partner_id'),
  },
  (table) => [index('services_provider_idx').on(table.providerPartnerId)],
);

export const serviceOrders = benefitsSchema.table(
  'service_orders',
  {
    id: uuid('id').primaryKey(),
    memberId: uuid('member_id').notNull(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    amountMinor: integer('amount_minor').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    orderedAt: timestamptz('ordered_at').notNull(),
    status: serviceOrderStatus('status').notNull(),
  },
  (table) => [index('service_orders_member_idx').on(table.memberId, table.orderedAt)],
);

export type BenefitRow = typeof benefits.$inferSelect;
export type TierBenefitRow = typeof tierBenefits.$inferSelect;
export type MemberStatusRow = typeof memberStatuses.$inferSelect;
export type RedemptionRow = typeof redemptions.$inferSelect;
export type ServiceRow = typeof services.$inferSelect;
export type ServiceOrderRow = typeof serviceOrders.$inferSelect;
export type MemberTierRow = typeof memberTiers.$inferSelect;
