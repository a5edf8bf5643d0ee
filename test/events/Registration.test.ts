import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { eventId, insertEvents, insertRatings, insertRegistrations, memberId, registrationId } from '../fixtures/events.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const staff: TokenSubject = { role: 'staff', subject: 's1' };

/**
 * e1, in registration order: r1 confirmed, r2 waitlisted, r3 cancelled (it
 * waited before r4 and r5, and must not count), r4 and r5 waitlisted. e2: r6
 * waitlisted, r7 confirmed, checked in and rated.
 */
beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertEvents(db, [
    { id: eventId(1), title: 'Spring road trip', startsAt: new Date('2026-04-01T01:00:00Z') },
    { id: eventId(2), title: 'Summer salon', startsAt: new Date('2026-07-01T11:00:00Z') },
  ]);
  await insertRegistrations(db, [
    { id: registrationId(1), eventId: eventId(1), memberId: memberId(1), registeredAt: new Date('2026-03-01T08:00:00Z') },
    { id: registrationId(2), eventId: eventId(1), memberId: memberId(2), status: 'WAITLISTED', registeredAt: new Date('2026-03-02T08:00:00Z') },
    {
      id: registrationId(3),
      eventId: eventId(1),
      memberId: memberId(3),
      status: 'CANCELLED',
      registeredAt: new Date('2026-03-03T08:00:00Z'),
      cancelledAt: new Date('2026-03-10T09:15:00Z'),
    },
    { id: registrationId(4), eventId: eventId(1), memberId: memberId(4), status: 'WAITLISTED', registeredAt: new Date('2026-03-04T08:00:00Z') },
    { id: registrationId(5), eventId: eventId(1), memberId: memberId(5), status: 'WAITLISTED', registeredAt: new Date('2026-03-05T08:00:00Z') },
    { id: registrationId(6), eventId: eventId(2), memberId: memberId(1), status: 'WAITLISTED', registeredAt: new Date('2026-06-01T08:00:00Z') },
    {
      id: registrationId(7),
      eventId: eventId(2),
      memberId: memberId(2),
      registeredAt: new Date('2026-06-02T08:00:00Z'),
      checkedInAt: new Date('2026-07-01T10:45:00Z'),
    },
  ]);
  await insertRatings(db, [
    {
      registrationId: registrationId(7),
      eventId: eventId(2),
      satisfaction: 5,
      likelyToRecommend: 9,
      comment: 'Great evening',
      ratedAt: new Date('2026-07-02T09:00:00Z'),
    },
  ]);
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const listQuery = `{
  events {
    edges {
      node {
        registrations {
          edges { node { id status waitlistPosition } }
        }
      }
    }
  }
}`;

describe('Registration', () => {
  it('shows the registration with its event, member, times and rating', async () => {
    const response = await gateway.request(
      `{ event(id: "${eventId(2)}") { registrations { edges { node {
          id status registeredAt checkedInAt cancelledAt waitlistPosition
          event { id title } member { id }
          rating { satisfaction likelyToRecommend comment ratedAt }
      } } } } }`,
      { as: staff },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      event: {
        registrations: {
          edges: [
            {
              node: {
                id: registrationId(6),
                status: 'WAITLISTED',
                registeredAt: '2026-06-01T08:00:00.000Z',
                checkedInAt: null,
                cancelledAt: null,
                waitlistPosition: 1,
                event: { id: eventId(2), title: 'Summer salon' },
                member: { id: memberId(1) },
                rating: null,
              },
            },
            {
              node: {
                id: registrationId(7),
                status: 'CONFIRMED',
                registeredAt: '2026-06-02T08:00:00.000Z',
                checkedInAt: '2026-07-01T10:45:00.000Z',
                cancelledAt: null,
                waitlistPosition: null,
                event: { id: eventId(2), title: 'Summer salon' },
                member: { id: memberId(2) },
                rating: { satisfaction: 5, likelyToRecommend: 9, comment: 'Great evening', ratedAt: '2026-07-02T09:00:00.000Z' },
              },
            },
          ],
        },
      },
    });
  });

  it('shows when a cancelled registration was cancelled', async () => {
    const response = await gateway.request(
      `{ event(id: "${eventId(1)}") { registrations(status: CANCELLED) { edges { node { id cancelledAt waitlistPosition } } } } }`,
      { as: staff },
    );
    expect(response.data).toEqual({
      event: {
        registrations: {
          edges: [{ node: { id: registrationId(3), cancelledAt: '2026-03-10T09:15:00.000Z', waitlistPosition: null } }],
        },
      },
    });
  });
});

describe('Registration.waitlistPosition', () => {
  it('numbers each event\'s waitlist from 1 in registration order, skipping other statuses', async () => {
    const response = await gateway.request(listQuery, { as: staff });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      events: {
        edges: [
          {
            node: {
              registrations: {
                edges: [
                  { node: { id: registrationId(1), status: 'CONFIRMED', waitlistPosition: null } },
                  { node: { id: registrationId(2), status: 'WAITLISTED', waitlistPosition: 1 } },
                  { node: { id: registrationId(3), status: 'CANCELLED', waitlistPosition: null } },
                  { node: { id: registrationId(4), status: 'WAITLISTED', waitlistPosition: 2 } },
                  { node: { id: registrationId(5), status: 'WAITLISTED', waitlistPosition: 3 } },
                ],
              },
            },
          },
          {
            node: {
              registrations: {
                edges: [
                  { node: { id: registrationId(6), status: 'WAITLISTED', waitlistPosition: 1 } },
                  { node: { id: registrationId(7), status: 'CONFIRMED', waitlistPosition: null } },
                ],
              },
            },
          },
        ],
      },
    });
  });

  it('keeps the place among the whole waitlist when only part of it is listed', async () => {
    const response = await gateway.request<
      { event: { registrations: { edges: unknown[]; pageInfo: { endCursor: string } } } },
      never
    >(
      `{ event(id: "${eventId(1)}") { registrations(status: WAITLISTED, first: 1) { edges { node { waitlistPosition } } pageInfo { endCursor } } } }`,
      { as: staff },
    );
    expect(response.data?.event.registrations.edges).toEqual([{ node: { waitlistPosition: 1 } }]);
    const after = response.data?.event.registrations.pageInfo.endCursor;
    const next = await gateway.request(
      `query($after: String) { event(id: "${eventId(1)}") { registrations(status: WAITLISTED, after: $after) { edges { node { id waitlistPosition } } } } }`,
      { as: staff, variables: { after } },
    );
    expect(next.data).toEqual({
      event: {
        registrations: {
          edges: [
            { node: { id: registrationId(4), waitlistPosition: 2 } },
            { node: { id: registrationId(5), waitlistPosition: 3 } },
          ],
        },
      },
    });
  });

  it('finds the places of every listed registration in one statement, as it does their ratings and events', async () => {
    const { result, statements } = await database.countStatements(() =>
      gateway.request(
        '{ events { edges { node { registrations { edges { node { waitlistPosition rating { satisfaction } event { id } } } } } } } }',
        { as: staff },
      ),
    );
    expect(result.errors).toBeUndefined();
    // Events, their registrations, the waitlist places, the ratings, the events of the registrations.
    expect(statements).toBe(5);
  });
});
