import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { eventId, insertChapters, insertEvents, insertMemberCopies, memberId } from '../fixtures/events.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

// On PostgreSQL the requests really interleave (a pool of 12 connections); on
// PGlite transactions run one at a time, where the test proves only that the
// event lock does not deadlock.
let database: TestDatabase;
let gateway: TestGateway;

const staff: TokenSubject = { role: 'staff', subject: 's1' };
const event = eventId(1);
const capacity = 50;
const members = Array.from({ length: 200 }, (_, index) => memberId(1000 + index));

beforeAll(async () => {
  database = await openTestDatabase({ poolSize: 12 });
  const db = database.handle.db;
  await insertChapters(db, ['shanghai']);
  await insertEvents(db, [
    // Half a year from now, so that registration is open whenever the suite runs.
    { id: event, title: 'Launch night', capacity, startsAt: new Date(Date.now() + 180 * 86_400_000), endsAt: new Date(Date.now() + 180 * 86_400_000 + 7_200_000) },
  ]);
  await insertMemberCopies(db, members.map((id) => ({ memberId: id })));
  gateway = await startTestGateway(database);
}, 60_000);

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

interface Row {
  id: string;
  member_id: string;
  status: string;
  sequence: number;
}

async function registrationRows(): Promise<Row[]> {
  const result = await database.handle.db.execute(
    sql`select id, member_id, status, sequence::int as sequence from events.registrations where event_id = ${event} order by sequence`,
  );
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}

/** The waitlist as the API numbers it, in order of place. */
async function waitlist(): Promise<Array<{ id: string; waitlistPosition: number }>> {
  const response = await gateway.request<{ event: { registrations: { edges: { node: { id: string; waitlistPosition: number } }[] } } }, { id: string }>(
    `query ($id: ID!) { event(id: $id) { registrations(status: WAITLISTED, first: 500) { edges { node { id waitlistPosition } } } } }`,
    { as: staff, variables: { id: event } },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.event.registrations.edges.map((edge) => edge.node);
}

/** Exactly one registration per member: nobody is both confirmed and waiting, nor neither. */
function expectOneEach(rows: Row[]): void {
  expect(rows.map((row) => row.member_id).sort()).toEqual([...members].sort());
}

describe('Mutation.registerForEvent under concurrent requests', () => {
  it('confirms exactly the capacity of 200 simultaneous registrations and waitlists the rest in order', async () => {
    const responses = await Promise.all(
      members.map((id, index) =>
        gateway.request<{ registerForEvent: { status: string } }, Record<string, unknown>>(
          `mutation ($eventId: ID!, $memberId: ID!) { registerForEvent(eventId: $eventId, memberId: $memberId) { status } }`,
          // Members and staff at once.
          { as: index % 3 === 0 ? staff : { role: 'member', memberId: id }, variables: { eventId: event, memberId: id } },
        ),
      ),
    );
    expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);
    const statuses = responses.map((response) => response.data!.registerForEvent.status);
    expect(statuses.filter((status) => status === 'CONFIRMED')).toHaveLength(capacity);
    expect(statuses.filter((status) => status === 'WAITLISTED')).toHaveLength(200 - capacity);

    const rows = await registrationRows();
    expectOneEach(rows);
    // The seats went to the first 50 registrations, the waitlist is the rest in order.
    expect(rows.slice(0, capacity).every((row) => row.status === 'CONFIRMED')).toBe(true);
    expect(rows.slice(capacity).every((row) => row.status === 'WAITLISTED')).toBe(true);
    expect(await waitlist()).toEqual(rows.slice(capacity).map((row, index) => ({ id: row.id, waitlistPosition: index + 1 })));
  }, 120_000);

  it('promotes the first 30 waiting members when 30 confirmed members cancel at once', async () => {
    const before = await registrationRows();
    const leaving = before.filter((row) => row.status === 'CONFIRMED').filter((_, index) => index % 5 !== 1).slice(0, 30);
    const firstWaiting = before.filter((row) => row.status === 'WAITLISTED').slice(0, 30);

    const responses = await Promise.all(
      leaving.map((row, index) =>
        gateway.request<{ cancelRegistration: { status: string } }, { id: string }>(
          `mutation ($id: ID!) { cancelRegistration(id: $id) { status } }`,
          { as: index % 2 === 0 ? staff : { role: 'member', memberId: row.member_id }, variables: { id: row.id } },
        ),
      ),
    );
    expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);

    const after = await registrationRows();
    expectOneEach(after);
    const byStatus = (status: string) => after.filter((row) => row.status === status).map((row) => row.id);
    expect(byStatus('CONFIRMED')).toHaveLength(capacity);
    expect(byStatus('CANCELLED').sort()).toEqual(leaving.map((row) => row.id).sort());
    expect(byStatus('CONFIRMED')).toEqual(expect.arrayContaining(firstWaiting.map((row) => row.id)));
    const stillWaiting = before.filter((row) => row.status === 'WAITLISTED').slice(30);
    expect(await waitlist()).toEqual(stillWaiting.map((row, index) => ({ id: row.id, waitlistPosition: index + 1 })));
  }, 120_000);
});
