import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordEvent } from '../../src/core/bus/recordEvent.js';
import { insertMembersWorld, memberId, memberRow } from '../fixtures/members.js';
import { rowsOf, staff } from '../support/membershipClient.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

// The producers of these events are other subgraphs'; the tests record their
// events directly, as the contract describes them, and let the bus deliver.
let database: TestDatabase;
let gateway: TestGateway;

const newcomer = memberId(1);
const regular = memberId(2);
const buyer = memberId(3);
const climber = memberId(4);
const crashing = memberId(5);
const repeated = memberId(6);

const fresh = { status: 'ACTIVE' as const, lifecycleStage: 'REACHED' as const, activatedAt: null, retainedAt: null, monetisedAt: null, tierCode: null };

beforeAll(async () => {
  database = await openTestDatabase();
  await insertMembersWorld(database.handle.db, {
    members: [
      memberRow(1, fresh),
      memberRow(2, { ...fresh, retainedAt: new Date('2025-02-01T00:00:00Z'), lifecycleStage: 'RETAINED' }),
      memberRow(3, fresh),
      memberRow(4, fresh),
      memberRow(5, fresh),
      memberRow(6, fresh),
    ],
  });
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

beforeEach(async () => {
  await gateway.events.drain();
});

function record(type: string, source: string, payload: Record<string, unknown>) {
  return database.handle.db.transaction((tx) => recordEvent(tx, { type, source, payload }));
}

const checkedIn = (id: string, checkedInAt: string) =>
  record('events.MemberCheckedIn', 'events', { registrationId: memberId(900), eventId: memberId(901), memberId: id, checkedInAt });
const redeemed = (id: string, redeemedAt: string) =>
  record('benefits.BenefitRedeemed', 'benefits', { memberId: id, benefitId: memberId(902), redemptionId: memberId(903), redeemedAt, pointsCost: 0 });
const ordered = (id: string, orderedAt: string) =>
  record('benefits.ServiceOrdered', 'benefits', { memberId: id, serviceId: memberId(904), orderId: memberId(905), amountMinor: 880_000, currency: 'CNY', orderedAt });
const tierChanged = (id: string, toTier: string, effectiveOn: string) =>
  record('loyalty.TierChanged', 'loyalty', { memberId: id, fromTier: null, toTier, reason: 'ADMISSION', effectiveOn });

async function stagesOf(id: string) {
  const response = await gateway.request<{ member: unknown }, { id: string }>(
    'query ($id: ID!) { member(id: $id) { lifecycleStage stages { activatedAt retainedAt monetisedAt } stageHistory { stage reachedAt } } }',
    { as: staff, variables: { id } },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.member;
}

describe('the members subgraph reacting to other subgraphs', () => {
  it('marks a member ACTIVATED at their first check-in, whichever fact arrives first', async () => {
    await checkedIn(newcomer, '2026-03-08T02:00:00.000Z');
    await redeemed(newcomer, '2026-03-01T09:00:00.000Z');
    await checkedIn(newcomer, '2026-05-01T02:00:00.000Z');
    await gateway.events.drain();
    expect(await stagesOf(newcomer)).toEqual({
      lifecycleStage: 'ACTIVATED',
      stages: { activatedAt: '2026-03-01T09:00:00.000Z', retainedAt: null, monetisedAt: null },
      stageHistory: [
        { stage: 'REACHED', reachedAt: '2024-01-10T08:00:00.000Z' },
        { stage: 'ACTIVATED', reachedAt: '2026-03-01T09:00:00.000Z' },
      ],
    });
  });

  it('keeps the furthest stage when a retained member is activated', async () => {
    await redeemed(regular, '2026-02-01T00:00:00.000Z');
    await gateway.events.drain();
    expect(await stagesOf(regular)).toEqual({
      lifecycleStage: 'RETAINED',
      stages: { activatedAt: '2026-02-01T00:00:00.000Z', retainedAt: '2025-02-01T00:00:00.000Z', monetisedAt: null },
      stageHistory: [
        { stage: 'REACHED', reachedAt: '2024-01-10T08:00:00.000Z' },
        { stage: 'RETAINED', reachedAt: '2025-02-01T00:00:00.000Z' },
        { stage: 'ACTIVATED', reachedAt: '2026-02-01T00:00:00.000Z' },
      ],
    });
  });

  it('marks a member MONETISED at their first paid service', async () => {
    await ordered(buyer, '2026-04-02T06:30:00.000Z');
    await ordered(buyer, '2026-04-01T06:30:00.000Z');
    await gateway.events.drain();
    expect(await stagesOf(buyer)).toMatchObject({
      lifecycleStage: 'MONETISED',
      stages: { activatedAt: null, retainedAt: null, monetisedAt: '2026-04-01T06:30:00.000Z' },
    });
  });

  it('copies the tier from loyalty.TierChanged, ignoring a change older than the copy', async () => {
    await tierChanged(climber, 'silver', '2026-07-01');
    await tierChanged(climber, 'bronze', '2026-01-01');
    await gateway.events.drain();
    const response = await gateway.request(`{ members(filter: { tier: SILVER }) { edges { node { id } } } }`, {
      as: { role: 'staff', subject: 's1' },
    });
    expect(response.data).toEqual({ members: { edges: [{ node: { id: climber } }] } });
    expect(await rowsOf(database, sql`select tier_code, tier_effective_on::text as effective_on from members.members where id = ${climber}`)).toEqual([
      { tier_code: 'SILVER', effective_on: '2026-07-01' },
    ]);
  });

  it('keeps a delivery pending, and logs it, when loyalty names a tier the members subgraph does not know', async () => {
    const eventId = await tierChanged(climber, 'titanium', '2026-08-01');
    await gateway.events.drain();
    expect(await rowsOf(database, sql`select attempts from bus.pending_deliveries where event_id = ${eventId} and consumer = 'members'`)).toEqual([
      { attempts: 1 },
    ]);
    expect(await rowsOf(database, sql`select tier_code from members.members where id = ${climber}`)).toEqual([{ tier_code: 'SILVER' }]);
    await database.handle.db.execute(sql`delete from bus.pending_deliveries where event_id = ${eventId}`);
  });
});

describe('the members inbox', () => {
  it('handles a fact delivered twice once: the second delivery finds it in the inbox', async () => {
    const eventId = await checkedIn(repeated, '2026-06-01T02:00:00.000Z');
    await gateway.events.drain();
    await database.handle.db.execute(
      sql`insert into bus.pending_deliveries (consumer, event_id, sequence) select 'members', id, sequence from bus.domain_events where id = ${eventId}`,
    );
    await gateway.events.drain();
    expect(await rowsOf(database, sql`select event_id from members.processed_events where event_id = ${eventId}`)).toEqual([{ event_id: eventId }]);
    expect(await rowsOf(database, sql`select count(*)::int as pending from bus.pending_deliveries where consumer = 'members'`)).toEqual([{ pending: 0 }]);
    expect(await stagesOf(repeated)).toMatchObject({ lifecycleStage: 'ACTIVATED', stages: { activatedAt: '2026-06-01T02:00:00.000Z' } });
  });

  it('applies a fact whose handling failed just before commit once, when the delivery is retried', async () => {
    // A deferred trigger fails the handler's transaction at commit, after the
    // stage update and the inbox row were written: a crash half-way.
    await database.handle.db.execute(sql`create table members.test_crash (armed boolean not null)`);
    await database.handle.db.execute(sql`insert into members.test_crash values (true)`);
    await database.handle.db.execute(sql`
      create function members.test_crash_once() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from members.test_crash where armed) then
          raise exception 'the process stopped before commit';
        end if;
        return null;
      end $$`);
    await database.handle.db.execute(sql`
      create constraint trigger test_crash after update on members.members deferrable initially deferred
      for each row when (new.id = ${sql.raw(`'${crashing}'`)}) execute function members.test_crash_once()`);

    try {
      const eventId = await ordered(crashing, '2026-06-02T02:00:00.000Z');
      await gateway.events.drain();
      expect(await rowsOf(database, sql`select attempts from bus.pending_deliveries where event_id = ${eventId} and consumer = 'members'`)).toEqual([
        { attempts: 1 },
      ]);
      expect(await rowsOf(database, sql`select count(*)::int as n from members.processed_events where event_id = ${eventId}`)).toEqual([{ n: 0 }]);
      expect(await stagesOf(crashing)).toMatchObject({ lifecycleStage: 'REACHED', stages: { monetisedAt: null } });

      await database.handle.db.execute(sql`update members.test_crash set armed = false`);
      await database.handle.db.execute(sql`update bus.pending_deliveries set available_at = now() where event_id = ${eventId}`);
      await gateway.events.drain();
      expect(await rowsOf(database, sql`select count(*)::int as n from members.processed_events where event_id = ${eventId}`)).toEqual([{ n: 1 }]);
      expect(await stagesOf(crashing)).toMatchObject({ lifecycleStage: 'MONETISED', stages: { monetisedAt: '2026-06-02T02:00:00.000Z' } });
    } finally {
      await database.handle.db.execute(sql`drop trigger test_crash on members.members`);
    }
  });
});
