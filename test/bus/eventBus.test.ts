import { sql } from 'drizzle-orm';
import { pgSchema, integer, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EventHandler } from '../../src/core/bus/domainEvent.js';
import { EventBus } from '../../src/core/bus/eventBus.js';
import { defineInbox } from '../../src/core/bus/inbox.js';
import { recordEvent } from '../../src/core/bus/recordEvent.js';
import type { Database } from '../../src/core/database/database.js';
import { createLogger } from '../../src/core/logger.js';
import { openTestDatabase, testServerUrl, type TestDatabase } from '../support/testDatabase.js';

// A consumer made for this test: its inbox and the table its handler writes.
const consumerSchema = pgSchema('bus_test_consumer');
const inbox = defineInbox(consumerSchema);
const effects = consumerSchema.table('effects', { eventId: uuid('event_id').notNull(), amount: integer('amount').notNull() });

let database: TestDatabase;
let failNext = 0;

const handler: EventHandler<{ amount: number }> = {
  consumer: 'bus_test_consumer',
  type: 'test.AmountRecorded',
  inbox,
  async handle(tx, event) {
    await tx.insert(effects).values({ eventId: event.id, amount: event.payload.amount });
    if (failNext > 0) {
      failNext--;
      throw new Error('the handler failed after writing its effect');
    }
  },
};

function busFor(options: { pollIntervalMs?: number } = {}) {
  return new EventBus({
    database: database.handle,
    handlers: [handler as EventHandler],
    subscriptions: [],
    logger: createLogger({ level: 'silent' }),
    ...options,
  });
}

async function rowsOf<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await database.handle.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

async function effectTotals() {
  return rowsOf<{ events: number; amount: number }>(
    sql`select count(distinct event_id)::int as events, coalesce(sum(amount), 0)::int as amount from bus_test_consumer.effects`,
  );
}

function record(db: Database, amount: number) {
  return db.transaction((tx) => recordEvent(tx, { type: 'test.AmountRecorded', source: 'test', payload: { amount } }));
}

beforeAll(async () => {
  database = await openTestDatabase({ poolSize: 12 });
  await database.handle.db.execute(sql`create schema bus_test_consumer`);
  await database.handle.db.execute(
    sql`create table bus_test_consumer.processed_events (event_id uuid primary key, processed_at timestamptz not null)`,
  );
  await database.handle.db.execute(sql`create table bus_test_consumer.effects (event_id uuid not null, amount integer not null)`);
  await busFor().register();
});

beforeEach(async () => {
  failNext = 0;
  await database.handle.db.execute(sql`truncate bus_test_consumer.effects, bus_test_consumer.processed_events, bus.pending_deliveries`);
});

afterAll(async () => {
  await database?.close();
});

describe('EventBus', () => {
  it('delivers a committed event to its consumer once', async () => {
    await record(database.handle.db, 5);
    await busFor().drain();
    expect(await effectTotals()).toEqual([{ events: 1, amount: 5 }]);
  });

  it('never delivers an event whose transaction rolled back', async () => {
    await expect(
      database.handle.db.transaction(async (tx) => {
        await recordEvent(tx, { type: 'test.AmountRecorded', source: 'test', payload: { amount: 7 } });
        throw new Error('the producer changed its mind');
      }),
    ).rejects.toThrow('the producer changed its mind');
    await busFor().drain();
    expect(await effectTotals()).toEqual([{ events: 0, amount: 0 }]);
  });

  it('changes nothing when an event is delivered a second time', async () => {
    const id = await record(database.handle.db, 3);
    await busFor().drain();
    await database.handle.db.execute(
      sql`insert into bus.pending_deliveries (consumer, event_id, sequence) select 'bus_test_consumer', id, sequence from bus.domain_events where id = ${id}`,
    );
    await busFor().drain();
    expect(await effectTotals()).toEqual([{ events: 1, amount: 3 }]);
    expect(await rowsOf(sql`select count(*)::int as pending from bus.pending_deliveries`)).toEqual([{ pending: 0 }]);
  });

  it('rolls a failed handler back and retries the delivery later', async () => {
    failNext = 1;
    await record(database.handle.db, 4);
    await busFor().drain();
    expect(await effectTotals()).toEqual([{ events: 0, amount: 0 }]);
    expect(await rowsOf(sql`select attempts from bus.pending_deliveries`)).toEqual([{ attempts: 1 }]);

    await database.handle.db.execute(sql`update bus.pending_deliveries set available_at = now()`);
    await busFor().drain();
    expect(await effectTotals()).toEqual([{ events: 1, amount: 4 }]);
  });

  it('keeps the deliveries of a consumer that has never run, subscribed by another process', async () => {
    const late: EventHandler<{ amount: number }> = { ...handler, consumer: 'bus_test_late', type: 'test.LateRecorded' };
    const producer = new EventBus({
      database: database.handle,
      handlers: [],
      subscriptions: [late],
      logger: createLogger({ level: 'silent' }),
    });
    await producer.register();
    await database.handle.db.transaction((tx) =>
      recordEvent(tx, { type: 'test.LateRecorded', source: 'test', payload: { amount: 6 } }),
    );
    expect(await rowsOf(sql`select consumer from bus.pending_deliveries`)).toEqual([{ consumer: 'bus_test_late' }]);

    const consumer = new EventBus({
      database: database.handle,
      handlers: [late as EventHandler],
      subscriptions: [],
      logger: createLogger({ level: 'silent' }),
    });
    await consumer.drain();
    expect(await effectTotals()).toEqual([{ events: 1, amount: 6 }]);
  });

  it('delivers promptly on NOTIFY, without waiting for a poll', async () => {
    const bus = busFor({ pollIntervalMs: 60_000 });
    await bus.start();
    try {
      // start() runs a first round; let it finish so only the NOTIFY can wake the bus.
      await bus.drain();
      await record(database.handle.db, 9);
      const deadline = Date.now() + 5_000;
      while ((await effectTotals())[0]!.events === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(await effectTotals()).toEqual([{ events: 1, amount: 9 }]);
    } finally {
      await bus.stop();
    }
  });

  it.skipIf(!testServerUrl)('handles each of 200 events exactly once with two buses racing on PostgreSQL', async () => {
    for (let batch = 0; batch < 20; batch++) {
      await Promise.all(Array.from({ length: 10 }, () => record(database.handle.db, 1)));
    }
    const first = busFor();
    const second = busFor();
    await Promise.all([first.drain(), second.drain(), first.drain(), second.drain()]);
    expect(await effectTotals()).toEqual([{ events: 200, amount: 200 }]);
  });
});
