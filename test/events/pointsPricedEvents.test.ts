import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { recordEvent } from '../../src/core/bus/recordEvent.js';
import { eventId, insertChapters, insertEvents, insertMemberCopies, memberId } from '../fixtures/events.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

// Loyalty's answers are recorded here by hand, as loyalty records them: this
// file tests the events subgraph's side of the protocol on its own, with the
// loyalty subgraph served elsewhere (so its handlers do not run here). See
// pointsCharges.test.ts for both sides together.
let database: TestDatabase;
let gateway: TestGateway;

const staff: TokenSubject = { role: 'staff', subject: 's1' };
const trackDay = eventId(1);
const gala = eventId(2);
const members = [1, 2, 3, 4, 5, 6].map(memberId);
/** Half a year from now, so that registration is open whenever the suite runs. */
const future = { startsAt: new Date(Date.now() + 180 * 86_400_000), endsAt: new Date(Date.now() + 180 * 86_400_000 + 8 * 3_600_000) };

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertChapters(db, ['shanghai']);
  await insertEvents(db, [
    { id: trackDay, title: 'Points track day', kind: 'TRACK_DAY', capacity: 1, pointsPrice: 2500, ...future },
    { id: gala, title: 'Points gala', capacity: 5, pointsPrice: 800, ...future },
  ]);
  await insertMemberCopies(db, members.map((id) => ({ memberId: id })));
  gateway = await startTestGateway(database, { remoteUrls: { loyalty: 'http://127.0.0.1:9/' } });
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

async function rowsOf<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await database.handle.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

async function register(event: string, member: string): Promise<{ id: string; status: string }> {
  const response = await gateway.request<{ registerForEvent: { id: string; status: string } }, Record<string, string>>(
    `mutation ($eventId: ID!, $memberId: ID!) { registerForEvent(eventId: $eventId, memberId: $memberId) { id status } }`,
    { as: { role: 'member', memberId: member }, variables: { eventId: event, memberId: member } },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.registerForEvent;
}

async function cancel(id: string): Promise<void> {
  const response = await gateway.request(`mutation ($id: ID!) { cancelRegistration(id: $id) { id } }`, { as: staff, variables: { id } });
  expect(response.errors).toBeUndefined();
}

/** What loyalty answers to a charge request, recorded and delivered. */
async function loyaltyAnswers(
  type: 'loyalty.PointsCharged' | 'loyalty.PointsChargeDeclined',
  registrationId: string,
  options: { requestedBy?: string; points?: number } = {},
): Promise<void> {
  const base = { reference: `registration:${registrationId}`, requestedBy: options.requestedBy ?? 'events', memberId: members[0]!, points: options.points ?? 2500 };
  await database.handle.db.transaction((tx) =>
    recordEvent(tx, {
      type,
      source: 'loyalty',
      payload: type === 'loyalty.PointsCharged' ? { ...base, entryId: crypto.randomUUID() } : { ...base, balance: 100, reason: 'INSUFFICIENT_POINTS' },
    }),
  );
  await gateway.events.drain();
}

/** The points requests recorded for a registration, oldest first, without their times. */
async function pointsRequestsOf(registrationId: string) {
  const rows = await rowsOf<{ type: string; payload: Record<string, unknown> }>(sql`
    select type, payload from bus.domain_events
    where type in ('events.PointsChargeRequested', 'events.PointsRefundRequested') and payload->>'reference' = ${`registration:${registrationId}`}
    order by sequence`);
  return rows.map(({ type, payload }) => {
    const { requestedAt, ...rest } = payload;
    return { type, payload: rest, ...(requestedAt === undefined ? {} : { requestedAt: typeof requestedAt }) };
  });
}

async function statusesOf(event: string) {
  type Counts = { confirmedCount: number; pendingPaymentCount: number; waitlistCount: number; seatsLeft: number };
  const response = await gateway.request<{ event: Counts & { registrations: { edges: { node: Record<string, unknown> }[] } } }, { id: string }>(
    `query ($id: ID!) { event(id: $id) { confirmedCount pendingPaymentCount waitlistCount seatsLeft
      registrations { edges { node { id status cancellationReason pointsCharged confirmedAt } } } } }`,
    { as: staff, variables: { id: event } },
  );
  expect(response.errors).toBeUndefined();
  const { registrations, ...counts } = response.data!.event;
  return {
    ...counts,
    registrations: registrations.edges.map(({ node }) => ({ ...node, confirmedAt: node.confirmedAt === null ? null : 'set' })),
  };
}

describe('a points-priced event', () => {
  let first: { id: string; status: string };
  let second: { id: string; status: string };

  it('holds the seat while it asks loyalty for the points, and waitlists the next member', async () => {
    first = await register(trackDay, members[0]!);
    second = await register(trackDay, members[1]!);
    expect([first.status, second.status]).toEqual(['PENDING_PAYMENT', 'WAITLISTED']);
    expect(await pointsRequestsOf(first.id)).toEqual([
      {
        type: 'events.PointsChargeRequested',
        payload: { reference: `registration:${first.id}`, memberId: members[0], points: 2500, kind: 'SPEND_EVENT', reason: 'Seat at Points track day' },
        requestedAt: 'string',
      },
    ]);
    expect(await statusesOf(trackDay)).toMatchObject({ confirmedCount: 0, pendingPaymentCount: 1, waitlistCount: 1, seatsLeft: 0 });
  });

  it('gives the seat to the waitlist when loyalty declines the charge, and asks for the next member\'s points', async () => {
    // An answer to another subgraph's request under the same reference changes nothing.
    await loyaltyAnswers('loyalty.PointsChargeDeclined', first.id, { requestedBy: 'benefits' });
    expect((await statusesOf(trackDay)).pendingPaymentCount).toBe(1);

    await loyaltyAnswers('loyalty.PointsChargeDeclined', first.id);
    expect(await statusesOf(trackDay)).toEqual({
      confirmedCount: 0,
      pendingPaymentCount: 1,
      waitlistCount: 0,
      seatsLeft: 0,
      // Nothing was charged: not for the declined seat, not yet for the next.
      registrations: [
        { id: first.id, status: 'CANCELLED', cancellationReason: 'POINTS_DECLINED', pointsCharged: null, confirmedAt: null },
        { id: second.id, status: 'PENDING_PAYMENT', cancellationReason: null, pointsCharged: null, confirmedAt: null },
      ],
    });
    expect((await pointsRequestsOf(second.id)).map((request) => request.type)).toEqual(['events.PointsChargeRequested']);
  });

  it('confirms the seat when loyalty has charged the points, and asks them back when it is given up', async () => {
    await loyaltyAnswers('loyalty.PointsCharged', second.id);
    // A charge of the declined registration, should one come late, does not
    // bring the seat back: the points are asked back instead.
    await loyaltyAnswers('loyalty.PointsCharged', first.id);
    expect((await pointsRequestsOf(first.id)).map((request) => request.type)).toEqual([
      'events.PointsChargeRequested',
      'events.PointsRefundRequested',
    ]);
    // The late charge of the declined seat was made, and asked back.
    expect((await statusesOf(trackDay)).registrations).toEqual([
      { id: first.id, status: 'CANCELLED', cancellationReason: 'POINTS_DECLINED', pointsCharged: 2500, confirmedAt: null },
      { id: second.id, status: 'CONFIRMED', cancellationReason: null, pointsCharged: 2500, confirmedAt: 'set' },
    ]);

    await cancel(second.id);
    expect(await pointsRequestsOf(second.id)).toEqual([
      expect.objectContaining({ type: 'events.PointsChargeRequested' }),
      {
        type: 'events.PointsRefundRequested',
        payload: { reference: `registration:${second.id}`, memberId: members[1], points: 2500, reason: 'Refund: Points track day registration cancelled' },
      },
    ]);
  });

  it('asks back, once, points charged after the member gave the pending seat up', async () => {
    const pending = await register(gala, members[2]!);
    await cancel(pending.id);
    expect((await pointsRequestsOf(pending.id)).map((request) => request.type)).toEqual(['events.PointsChargeRequested']);

    await loyaltyAnswers('loyalty.PointsCharged', pending.id, { points: 800 });
    await loyaltyAnswers('loyalty.PointsCharged', pending.id, { points: 800 });
    expect((await pointsRequestsOf(pending.id)).map((request) => request.type)).toEqual([
      'events.PointsChargeRequested',
      'events.PointsRefundRequested',
    ]);
    expect((await statusesOf(gala)).registrations).toEqual([
      { id: pending.id, status: 'CANCELLED', cancellationReason: 'STAFF', pointsCharged: 800, confirmedAt: null },
    ]);
  });

  it('refunds every charged seat when the club calls the event off', async () => {
    const charged = await register(gala, members[3]!);
    const pending = await register(gala, members[4]!);
    await loyaltyAnswers('loyalty.PointsCharged', charged.id, { points: 800 });
    const response = await gateway.request(`mutation ($id: ID!) { cancelEvent(id: $id) { status } }`, { as: staff, variables: { id: gala } });
    expect(response.errors).toBeUndefined();
    expect((await pointsRequestsOf(charged.id)).map((request) => request.type)).toEqual(['events.PointsChargeRequested', 'events.PointsRefundRequested']);
    expect((await pointsRequestsOf(pending.id)).map((request) => request.type)).toEqual(['events.PointsChargeRequested']);

    // The pending seat's charge, arriving after the event was called off, is asked back too.
    await loyaltyAnswers('loyalty.PointsCharged', pending.id, { points: 800 });
    expect((await pointsRequestsOf(pending.id)).map((request) => request.type)).toEqual(['events.PointsChargeRequested', 'events.PointsRefundRequested']);
  });
});
