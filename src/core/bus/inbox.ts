import { timestamp, uuid, type PgSchema } from 'drizzle-orm/pg-core';

/**
 * The table in which a consuming subgraph remembers the events it has
 * handled. Writing to it in the same transaction as the handler's effect is
 * what makes a redelivered event a no-op: exactly once in effect.
 */
export function defineInbox(schema: PgSchema) {
  return schema.table('processed_events', {
    eventId: uuid('event_id').primaryKey(),
    processedAt: timestamp('processed_at', { withTimezone: true, mode: 'date' }).notNull(),
  });
}

export type InboxTable = ReturnType<typeof defineInbox>;
