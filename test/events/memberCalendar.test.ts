import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { eventId, insertChapters, insertEvents, insertRegistrations, memberId, registrationId } from '../fixtures/events.js';
import { insertMember } from '../fixtures/loyalty.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const day = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * day);
const member = memberId(1);
const other = memberId(2);

/**
 * Member 1: two past events (one attended, one a no-show), a past event they
 * only waited for, an event under way, two future ones (one waitlisted) and
 * a future one they cancelled.
 */
beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertChapters(db, ['shanghai']);
  for (const id of [member, other]) await insertMember(db, { id });
  await insertEvents(db, [
    { id: eventId(1), title: 'Spring salon', startsAt: at(-60), endsAt: at(-60 + 0.1) },
    { id: eventId(2), title: 'Summer track day', startsAt: at(-30), endsAt: at(-29) },
    { id: eventId(3), title: 'Full autumn trip', startsAt: at(-10), endsAt: at(-9) },
    { id: eventId(4), title: 'Weekend rally', startsAt: at(-0.5), endsAt: at(1) },
    { id: eventId(5), title: 'Winter launch', startsAt: at(20), endsAt: at(20.1) },
    { id: eventId(6), title: 'New year gala', startsAt: at(10), endsAt: at(10.2) },
    { id: eventId(7), title: 'Skipped salon', startsAt: at(5), endsAt: at(5.1) },
  ]);
  const registeredAt = at(-90);
  await insertRegistrations(db, [
    { id: registrationId(1), eventId: eventId(1), memberId: member, registeredAt, checkedInAt: at(-60) },
    { id: registrationId(2), eventId: eventId(2), memberId: member, registeredAt },
    { id: registrationId(3), eventId: eventId(3), memberId: member, registeredAt, status: 'WAITLISTED' },
    { id: registrationId(4), eventId: eventId(4), memberId: member, registeredAt, checkedInAt: at(-0.5) },
    { id: registrationId(5), eventId: eventId(5), memberId: member, registeredAt, status: 'WAITLISTED' },
    { id: registrationId(6), eventId: eventId(6), memberId: member, registeredAt },
    { id: registrationId(7), eventId: eventId(7), memberId: member, registeredAt, status: 'CANCELLED', cancelledAt: registeredAt },
    { id: registrationId(8), eventId: eventId(6), memberId: other, registeredAt },
  ]);
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const calendarQuery = `query ($id: ID!, $first: Int) {
  member(id: $id) {
    upcomingEvents(first: $first) { status event { title } }
    pastEvents(first: $first) { checkedInAt event { title } }
  }
}`;

function calendarOf(id: string, as: TokenSubject, first?: number) {
  return gateway.request<{ member: Record<string, Array<Record<string, unknown>> | null> }, Record<string, unknown>>(calendarQuery, {
    as,
    variables: { id, first },
  });
}

describe('Member.upcomingEvents and Member.pastEvents', () => {
  it('show the member their events not yet ended soonest first, and their confirmed past ones latest first', async () => {
    const response = await calendarOf(member, { role: 'member', memberId: member });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      member: {
        upcomingEvents: [
          { status: 'CONFIRMED', event: { title: 'Weekend rally' } },
          { status: 'CONFIRMED', event: { title: 'New year gala' } },
          { status: 'WAITLISTED', event: { title: 'Winter launch' } },
        ],
        pastEvents: [
          { checkedInAt: null, event: { title: 'Summer track day' } },
          { checkedInAt: expect.stringMatching(/Z$/), event: { title: 'Spring salon' } },
        ],
      },
    });
  });

  it('cut each list at `first`', async () => {
    const response = await calendarOf(member, { role: 'staff', subject: 's1' }, 1);
    expect(response.data).toEqual({
      member: { upcomingEvents: [{ status: 'CONFIRMED', event: { title: 'Weekend rally' } }], pastEvents: [{ checkedInAt: null, event: { title: 'Summer track day' } }] },
    });
  });

  it('are private to the member and staff', async () => {
    const response = await calendarOf(member, { role: 'member', memberId: other });
    expect(response.data).toEqual({ member: { upcomingEvents: null, pastEvents: null } });
    expect(response.errors?.map((error) => [error.path, error.extensions?.code, error.extensions?.field])).toEqual([
      [['member', 'upcomingEvents'], 'FORBIDDEN', 'Member.upcomingEvents'],
      [['member', 'pastEvents'], 'FORBIDDEN', 'Member.pastEvents'],
    ]);
  });
});
