import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The domain event bus: infrastructure owned by no subgraph, the way a
 * message broker would be. Producers append events here in the same
 * transaction as the change they describe (a transactional outbox); each
 * consumer's copy waits in `pending` until that consumer has handled it.
 */
export const busSchema = pgSchema('bus');

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const domainEvents = busSchema.table(
  'domain_events',
  {
    id: uuid('id').primaryKey(),
    /** Orders events as they were recorded. */
    sequence: bigint('sequence', { mode: 'number' }).generatedAlwaysAsIdentity(),
    type: text('type').notNull(),
    /** The subgraph that recorded the event. */
    source: text('source').notNull(),
    payload: jsonb('payload').notNull(),
    occurredAt: timestamptz('occurred_at').notNull(),
  },
  (table) => [index('domain_events_type_idx').on(table.type, table.sequence)],
);

/** Which consumer handles which event type; consumers register at start. */
export const subscriptions = busSchema.table(
  'subscriptions',
  {
    consumer: text('consumer').notNull(),
    eventType: text('event_type').notNull(),
  },
  (table) => [primaryKey({ columns: [table.consumer, table.eventType] })],
);

/** One row per event and consumer still to handle it. */
export const pendingDeliveries = busSchema.table(
  'pending_deliveries',
  {
    consumer: text('consumer').notNull(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => domainEvents.id),
    sequence: bigint('sequence', { mode: 'number' }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    availableAt: timestamptz('available_at').notNull().default(sql`now()`),
  },
  (table) => [
    primaryKey({ columns: [table.consumer, table.eventId] }),
    index('pending_deliveries_due_idx').on(table.consumer, table.availableAt, table.sequence),
  ],
);
