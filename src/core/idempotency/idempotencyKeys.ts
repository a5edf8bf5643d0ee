import { jsonb, primaryKey, text, timestamp, type PgSchema } from 'drizzle-orm/pg-core';

/**
 * The table in which a subgraph remembers the mutations it applied under a
 * client's idempotency key, with the answer it gave. Each subgraph that takes
 * keys has its own, in its own schema.
 */
export function defineIdempotencyKeys(schema: PgSchema) {
  return schema.table(
    'idempotency_keys',
    {
      /** Who used the key: keys are only unique per viewer. */
      viewer: text('viewer').notNull(),
      operation: text('operation').notNull(),
      key: text('key').notNull(),
      /** A hash of the mutation's input, to refuse a key reused for other input. */
      requestHash: text('request_hash').notNull(),
      response: jsonb('response'),
      createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    },
    (table) => [primaryKey({ columns: [table.viewer, table.operation, table.key] })],
  );
}

export type IdempotencyKeysTable = ReturnType<typeof defineIdempotencyKeys>;
