import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import type { EventHandler } from '../../src/core/bus/domainEvent.js';
import { EventBus } from '../../src/core/bus/eventBus.js';
import { createLogger } from '../../src/core/logger.js';
import { subgraphs } from '../../src/gateway/subgraphs.js';
import { eventId, insertChapters, insertEvents, insertMemberCopies } from '../fixtures/events.js';
import { insertMember, insertPointsEntry, insertReferenceData, insertStanding } from '../fixtures/loyalty.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

// The events and loyalty subgraphs together: a registration for an event
// priced in points and the member's charge on loyalty's ledger both happen or
// neither, whatever stops in between.
let database: TestDatabase;
let gateway: TestGateway;

const staff: TokenSubject = { role: 'staff', subject: 's1' };
/** Half a year from now, so that registration is open whenever the suite runs. */
const future = { startsAt: new Date(Date.now() + 180 * 86_400_000), endsAt: new Date(Date.now() + 180 * 86_400_000 + 8 * 3_600_000) };
const trackDay = eventId(1);
const gala = eventId(2);
const rally = eventId(3);
const rich = 'c0000000-0000-4000-8000-000000000001';
const poor = 'c0000000-0000-4000-8000-000000000002';
const patient = 'c0000000-0000-4000-8000-000000000003';
const crashed = 'c0000000-0000-4000-8000-000000000004';
const retried = 'c0000000-0000-4000-8000-000000000005';

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertReferenceData(db);
  await insertChapters(db, ['shanghai']);
  await insertEvents(db, [
    { id: trackDay, title: 'Points track day', kind: 'TRACK_DAY', capacity: 1, pointsPrice: 2500, ...future },
    { id: gala, title: 'Points gala', capacity: 5, pointsPrice: 800, ...future },
    { id: rally, title: 'Points rally', kind: 'ROAD_TRIP', capacity: 5, pointsPrice: 1200, ...future },
  ]);
  const balances: Array<[string, number]> = [[rich, 5000], [poor, 100], [patient, 3000], [crashed, 2000], [retried, 2000]];
  for (const [id, points] of balances) {
    await insertMember(db, { id });
    await insertStanding(db, id, 'gold', 0);
    await insertPointsEntry(db, { memberId: id, points, occurredAt: new Date('2026-01-10T09:00:00Z') });
  }
  await insertMemberCopies(db, balances.map(([memberId]) => ({ memberId, tierId: 'gold' })));
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

async function rowsOf<T>(query: SQL): Promise<T[]> {
  const result = await database.handle.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

async function register(via: TestGateway, event: string, member: string): Promise<{ id: string; status: string }> {
  const response = await via.request<{ registerForEvent: { id: string; status: string } }, Record<string, string>>(
    `mutation ($eventId: ID!, $memberId: ID!) { registerForEvent(eventId: $eventId, memberId: $memberId) { id status } }`,
    { as: { role: 'member', memberId: member }, variables: { eventId: event, memberId: member } },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.registerForEvent;
}

/** The registration and the member's points, as the graph shows them to staff. */
async function standingOf(registrationId: string, member: string) {
  const response = await gateway.request<
    { member: { pointsBalance: number; registrations: Array<{ id: string; status: string; cancellationReason: string | null }> } },
    Record<string, string>
  >(`query ($member: ID!) { member(id: $member) { pointsBalance registrations(first: 500) { id status cancellationReason } } }`, {
    as: staff,
    variables: { member },
  });
  expect(response.errors).toBeUndefined();
  const { pointsBalance, registrations } = response.data!.member;
  const registration = registrations.find((candidate) => candidate.id === registrationId)!;
  return { status: registration.status, cancellationReason: registration.cancellationReason, pointsBalance };
}

/** The member's ledger entries booked for events, oldest first. */
async function eventEntriesOf(member: string) {
  return rowsOf<{ points: number; kind: string; reason: string }>(
    sql`select points, kind, reason from loyalty.points_entries where member_id = ${member} and kind in ('SPEND_EVENT', 'REFUND') order by occurred_at, id`,
  );
}

describe('a points-priced registration with the loyalty subgraph', () => {
  it('charges the member\'s ledger and confirms the seat, and refunds the points when the seat is given up', async () => {
    const registration = await register(gateway, trackDay, rich);
    // The bus runs as soon as the registration commits, so loyalty may have
    // answered before the mutation's own answer is read.
    expect(['PENDING_PAYMENT', 'CONFIRMED']).toContain(registration.status);
    await gateway.events.drain();
    expect(await standingOf(registration.id, rich)).toEqual({ status: 'CONFIRMED', cancellationReason: null, pointsBalance: 2500 });
    expect(await eventEntriesOf(rich)).toEqual([{ points: -2500, kind: 'SPEND_EVENT', reason: 'Seat at Points track day' }]);

    const cancelled = await gateway.request(`mutation ($id: ID!) { cancelRegistration(id: $id) { status } }`, { as: staff, variables: { id: registration.id } });
    expect(cancelled.errors).toBeUndefined();
    await gateway.events.drain();
    expect(await standingOf(registration.id, rich)).toEqual({ status: 'CANCELLED', cancellationReason: 'STAFF', pointsBalance: 5000 });
    expect(await eventEntriesOf(rich)).toEqual([
      { points: -2500, kind: 'SPEND_EVENT', reason: 'Seat at Points track day' },
      { points: 2500, kind: 'REFUND', reason: 'Refund: Points track day registration cancelled' },
    ]);
  });

  it('releases the seat of a member whose points do not cover it and charges the next member on the waitlist', async () => {
    // With the bus stopped until both have registered, the second one waits.
    await gateway.events.stop();
    const short = await register(gateway, trackDay, poor);
    const waiting = await register(gateway, trackDay, patient);
    expect([short.status, waiting.status]).toEqual(['PENDING_PAYMENT', 'WAITLISTED']);
    await gateway.events.drain();

    expect(await standingOf(short.id, poor)).toEqual({ status: 'CANCELLED', cancellationReason: 'POINTS_DECLINED', pointsBalance: 100 });
    expect(await eventEntriesOf(poor)).toEqual([]);
    expect(await standingOf(waiting.id, patient)).toEqual({ status: 'CONFIRMED', cancellationReason: null, pointsBalance: 500 });
  });
});

describe('a points-priced registration when a process stops between the two steps', () => {
  const silent = createLogger({ level: 'silent' });
  const allHandlers = () => subgraphs.flatMap((subgraph) => subgraph.eventHandlers);

  /** The handlers of every subgraph, one of them failing once after its work, as a process dying mid-way would. */
  function handlersFailingOnce(consumer: string, type: string): { handlers: EventHandler[]; failures: () => number } {
    let failures = 0;
    const handlers = allHandlers().map((handler) =>
      handler.consumer === consumer && handler.type === type
        ? {
            ...handler,
            async handle(tx: Parameters<EventHandler['handle']>[0], event: Parameters<EventHandler['handle']>[1]) {
              await handler.handle(tx, event);
              if (failures++ === 0) throw new Error('the process stopped mid-way');
            },
          }
        : handler,
    );
    return { handlers, failures: () => failures };
  }

  const pendingFor = (consumer: string, type: string) =>
    rowsOf<{ attempts: number }>(sql`
      select p.attempts from bus.pending_deliveries p join bus.domain_events e on e.id = p.event_id
      where p.consumer = ${consumer} and e.type = ${type}`);

  it('redelivers the charge request after a restart, and the registration and the ledger agree', async () => {
    // The first process takes the registration and stops before any handler runs.
    const first = await startTestGateway(database);
    await first.events.stop();
    await gateway.events.stop();
    const registration = await register(first, gala, crashed);
    await first.stop();
    expect(await pendingFor('loyalty', 'events.PointsChargeRequested')).toEqual([{ attempts: 0 }]);
    expect(await eventEntriesOf(crashed)).toEqual([]);

    // The restarted process delivers what was left: the charge, then its answer.
    const restarted = new EventBus({ database: database.handle, handlers: allHandlers(), subscriptions: [], logger: silent });
    await restarted.drain();
    expect(await eventEntriesOf(crashed)).toEqual([{ points: -800, kind: 'SPEND_EVENT', reason: 'Seat at Points gala' }]);
    expect(await standingOf(registration.id, crashed)).toEqual({ status: 'CONFIRMED', cancellationReason: null, pointsBalance: 1200 });
    expect(await pendingFor('loyalty', 'events.PointsChargeRequested')).toEqual([]);
  });

  it('rolls back a charge whose handler fails after booking it, and books it once on the retry', async () => {
    const registration = await register(gateway, rally, retried);
    const failing = handlersFailingOnce('loyalty', 'events.PointsChargeRequested');
    await new EventBus({ database: database.handle, handlers: failing.handlers, subscriptions: [], logger: silent }).drain();

    expect(failing.failures()).toBe(1);
    expect(await eventEntriesOf(retried)).toEqual([]);
    expect(await standingOf(registration.id, retried)).toEqual({ status: 'PENDING_PAYMENT', cancellationReason: null, pointsBalance: 2000 });
    expect(await pendingFor('loyalty', 'events.PointsChargeRequested')).toEqual([{ attempts: 1 }]);

    await database.handle.db.execute(sql`update bus.pending_deliveries set available_at = now()`);
    await new EventBus({ database: database.handle, handlers: failing.handlers, subscriptions: [], logger: silent }).drain();
    expect(await eventEntriesOf(retried)).toEqual([{ points: -1200, kind: 'SPEND_EVENT', reason: 'Seat at Points rally' }]);
    expect(await standingOf(registration.id, retried)).toEqual({ status: 'CONFIRMED', cancellationReason: null, pointsBalance: 800 });
  });

  it('rolls back a confirmation whose handler fails, and confirms the seat on the retry with the points charged once', async () => {
    const registration = await register(gateway, rally, crashed);
    const failing = handlersFailingOnce('events', 'loyalty.PointsCharged');
    await new EventBus({ database: database.handle, handlers: failing.handlers, subscriptions: [], logger: silent }).drain();

    expect(failing.failures()).toBe(1);
    expect(await standingOf(registration.id, crashed)).toEqual({ status: 'PENDING_PAYMENT', cancellationReason: null, pointsBalance: 0 });
    expect(await pendingFor('events', 'loyalty.PointsCharged')).toEqual([{ attempts: 1 }]);

    await database.handle.db.execute(sql`update bus.pending_deliveries set available_at = now()`);
    await new EventBus({ database: database.handle, handlers: failing.handlers, subscriptions: [], logger: silent }).drain();
    expect(await standingOf(registration.id, crashed)).toEqual({ status: 'CONFIRMED', cancellationReason: null, pointsBalance: 0 });
    expect(await eventEntriesOf(crashed)).toEqual([
      { points: -800, kind: 'SPEND_EVENT', reason: 'Seat at Points gala' },
      { points: -1200, kind: 'SPEND_EVENT', reason: 'Seat at Points rally' },
    ]);
  });
});
