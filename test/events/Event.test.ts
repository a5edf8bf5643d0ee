import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { partners, sponsoredEvents, sponsorships } from '../../src/partners/data/tables.js';
import {
  eventId,
  insertChapters,
  insertEvents,
  insertRatings,
  insertRegistrations,
  memberId,
  registrationId,
} from '../fixtures/events.js';
import { tablesRead } from '../support/tablesRead.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const staff: TokenSubject = { role: 'staff', subject: 's1' };
const ratedAt = new Date('2026-10-26T10:00:00Z');

/**
 * e1: a London track day across the end of British Summer Time and across
 * midnight, with six registrations (3 confirmed, 2 of them checked in; 2
 * waitlisted; 1 cancelled) and three ratings. e2: a national online event
 * priced in points, without registrations. e3: a free New York salon across
 * the start of daylight saving, whose one registration is cancelled. e4: a
 * Shanghai salon ending after midnight, rated by two passives.
 */
beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertChapters(db, ['shanghai']);
  await insertEvents(db, [
    {
      id: eventId(1),
      title: 'Autumn track day',
      kind: 'TRACK_DAY',
      startsAt: new Date('2026-10-24T23:30:00Z'),
      endsAt: new Date('2026-10-25T01:30:00Z'),
      timeZone: 'Europe/London',
      venueName: 'Silverstone Circuit',
      venueAddress: 'Towcester NN12 8TN',
      venueCity: 'Silverstone',
      capacity: 3,
      minimumTierId: 'gold',
      feeMinor: 128000,
      feeCurrency: 'CNY',
    },
    {
      id: eventId(2),
      title: 'EV range talk',
      kind: 'ONLINE',
      chapterId: null,
      startsAt: new Date('2026-03-10T12:00:00Z'),
      endsAt: new Date('2026-03-10T13:00:00Z'),
      timeZone: 'UTC',
      venueName: null,
      venueAddress: null,
      venueCity: null,
      pointsPrice: 500,
    },
    {
      id: eventId(3),
      title: 'Manhattan salon',
      startsAt: new Date('2026-03-08T06:30:00Z'),
      endsAt: new Date('2026-03-08T08:30:00Z'),
      timeZone: 'America/New_York',
    },
    {
      id: eventId(4),
      title: 'Late salon',
      startsAt: new Date('2026-05-01T15:30:00Z'),
      endsAt: new Date('2026-05-01T16:30:00Z'),
    },
  ]);
  const on = new Date('2026-10-01T08:00:00Z');
  const checkedIn = new Date('2026-10-24T23:00:00Z');
  // Inserted out of id order: the list follows registration order (sequence).
  await insertRegistrations(db, [
    { id: registrationId(2), eventId: eventId(1), memberId: memberId(2), registeredAt: on, checkedInAt: checkedIn },
    { id: registrationId(1), eventId: eventId(1), memberId: memberId(1), registeredAt: on, checkedInAt: checkedIn },
    { id: registrationId(3), eventId: eventId(1), memberId: memberId(3), registeredAt: on },
    { id: registrationId(6), eventId: eventId(1), memberId: memberId(6), registeredAt: on, status: 'WAITLISTED' },
    { id: registrationId(4), eventId: eventId(1), memberId: memberId(4), registeredAt: on, status: 'WAITLISTED' },
    {
      id: registrationId(5),
      eventId: eventId(1),
      memberId: memberId(5),
      registeredAt: on,
      status: 'CANCELLED',
      cancelledAt: new Date('2026-10-02T08:00:00Z'),
    },
    { id: registrationId(7), eventId: eventId(3), memberId: memberId(1), status: 'CANCELLED', cancelledAt: on },
    { id: registrationId(8), eventId: eventId(4), memberId: memberId(1), checkedInAt: new Date('2026-05-01T15:30:00Z') },
    { id: registrationId(9), eventId: eventId(4), memberId: memberId(2), checkedInAt: new Date('2026-05-01T15:30:00Z') },
  ]);
  await insertRatings(db, [
    { registrationId: registrationId(1), eventId: eventId(1), satisfaction: 5, likelyToRecommend: 10, comment: 'Superb', ratedAt },
    { registrationId: registrationId(2), eventId: eventId(1), satisfaction: 4, likelyToRecommend: 6, ratedAt },
    { registrationId: registrationId(3), eventId: eventId(1), satisfaction: 4, likelyToRecommend: 9, ratedAt },
    { registrationId: registrationId(8), eventId: eventId(4), satisfaction: 3, likelyToRecommend: 7, ratedAt },
    { registrationId: registrationId(9), eventId: eventId(4), satisfaction: 4, likelyToRecommend: 8, ratedAt },
  ]);
  // A sponsorship of the partners subgraph covering e1 and e4, so that Event
  // references reach the events subgraph from another subgraph.
  const partnerId = 'f0000000-0000-4000-8000-000000000001';
  const sponsorshipId = 'f0000000-0000-4000-8000-000000000002';
  await db.insert(partners).values({ id: partnerId, name: 'Tyre House', kind: 'LOCAL_SERVICE', partnerSince: '2024-01-01' });
  await db.insert(sponsorships).values({
    id: sponsorshipId,
    partnerId,
    level: 'GOLD',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    valueMinor: 5000000,
    currency: 'CNY',
  });
  await db.insert(sponsoredEvents).values([
    { sponsorshipId, eventId: eventId(1) },
    { sponsorshipId, eventId: eventId(4) },
  ]);
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const errorsOf = (response: GraphQLResponse<unknown>) =>
  response.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }));

const eventFields = `
  id title kind status national chapter { id name } startsAt endsAt timeZone startsAtLocal endsAtLocal
  venue { name address city } capacity minimumTier { id } price { fee { amountMinor currency } points }
`;

describe('Event', () => {
  it('shows a chapter event with its venue, tier, fee and local times across a daylight-saving change', async () => {
    const response = await gateway.request(`{ event(id: "${eventId(1)}") { ${eventFields} } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      event: {
        id: eventId(1),
        title: 'Autumn track day',
        kind: 'TRACK_DAY',
        status: 'PUBLISHED',
        national: false,
        chapter: { id: 'shanghai', name: 'shanghai chapter' },
        startsAt: '2026-10-24T23:30:00.000Z',
        endsAt: '2026-10-25T01:30:00.000Z',
        timeZone: 'Europe/London',
        startsAtLocal: '2026-10-25T00:30:00+01:00',
        endsAtLocal: '2026-10-25T01:30:00+00:00',
        venue: { name: 'Silverstone Circuit', address: 'Towcester NN12 8TN', city: 'Silverstone' },
        capacity: 3,
        minimumTier: { id: 'gold' },
        price: { fee: { amountMinor: 128000, currency: 'CNY' }, points: null },
      },
    });
  });

  it('shows a national online event with no chapter, no venue, no tier and a points price', async () => {
    const response = await gateway.request(`{ event(id: "${eventId(2)}") { ${eventFields} } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      event: {
        id: eventId(2),
        title: 'EV range talk',
        kind: 'ONLINE',
        status: 'PUBLISHED',
        national: true,
        chapter: null,
        startsAt: '2026-03-10T12:00:00.000Z',
        endsAt: '2026-03-10T13:00:00.000Z',
        timeZone: 'UTC',
        startsAtLocal: '2026-03-10T12:00:00+00:00',
        endsAtLocal: '2026-03-10T13:00:00+00:00',
        venue: null,
        capacity: 40,
        minimumTier: null,
        price: { fee: null, points: 500 },
      },
    });
  });

  it('gives local times across the start of daylight saving in New York and across midnight in Shanghai', async () => {
    const response = await gateway.request(`{
      newYork: event(id: "${eventId(3)}") { startsAtLocal endsAtLocal price { fee { amountMinor } points } }
      shanghai: event(id: "${eventId(4)}") { startsAtLocal endsAtLocal }
    }`);
    expect(response.data).toEqual({
      newYork: {
        startsAtLocal: '2026-03-08T01:30:00-05:00',
        endsAtLocal: '2026-03-08T04:30:00-04:00',
        price: { fee: null, points: null },
      },
      shanghai: { startsAtLocal: '2026-05-01T23:30:00+08:00', endsAtLocal: '2026-05-02T00:30:00+08:00' },
    });
  });
});

describe('Event.__resolveReference', () => {
  it('resolves the events another subgraph references, in one statement for all of them', async () => {
    const { result, statements } = await database.countStatements(() =>
      gateway.request('{ sponsorship(id: "f0000000-0000-4000-8000-000000000002") { events { id title startsAtLocal } } }'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      sponsorship: {
        events: [
          { id: eventId(1), title: 'Autumn track day', startsAtLocal: '2026-10-25T00:30:00+01:00' },
          { id: eventId(4), title: 'Late salon', startsAtLocal: '2026-05-01T23:30:00+08:00' },
        ],
      },
    });
    // The sponsorship and its events in the partners subgraph, then the events here.
    expect(statements).toBe(3);
  });
});

describe('Event counts', () => {
  const countFields = `confirmedCount waitlistCount attendedCount participationRate
    ratings { count averageSatisfaction netPromoterScore }`;

  it('counts seats, the waitlist, attendance and ratings', async () => {
    const response = await gateway.request(`{ event(id: "${eventId(1)}") { ${countFields} } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      event: {
        confirmedCount: 3,
        waitlistCount: 2,
        attendedCount: 2,
        participationRate: 2 / 3,
        // Satisfaction 5, 4, 4; likely to recommend 10 (promoter), 6
        // (detractor), 9 (promoter): (2 - 1) / 3 of 100.
        ratings: { count: 3, averageSatisfaction: 13 / 3, netPromoterScore: 100 / 3 },
      },
    });
  });

  it('gives no participation rate and an empty rating summary for an event nobody is confirmed for', async () => {
    const response = await gateway.request(`{
      noRegistrations: event(id: "${eventId(2)}") { ${countFields} }
      onlyCancelled: event(id: "${eventId(3)}") { ${countFields} }
    }`);
    const empty = {
      confirmedCount: 0,
      waitlistCount: 0,
      attendedCount: 0,
      participationRate: null,
      ratings: { count: 0, averageSatisfaction: null, netPromoterScore: null },
    };
    expect(response.data).toEqual({ noRegistrations: empty, onlyCancelled: empty });
  });

  it('scores an event rated only by passives at 0', async () => {
    const response = await gateway.request(`{ event(id: "${eventId(4)}") { participationRate ratings { count averageSatisfaction netPromoterScore } } }`);
    expect(response.data).toEqual({
      event: { participationRate: 1, ratings: { count: 2, averageSatisfaction: 3.5, netPromoterScore: 0 } },
    });
  });

  it('counts the registrations and ratings of every event listed in one statement each', async () => {
    const { result, statements } = await database.countStatements(() =>
      gateway.request(`{ events { edges { node { id ${countFields} } } } }`),
    );
    expect(result.errors).toBeUndefined();
    // The page of events, the registration counts, the rating totals.
    expect(statements).toBe(3);
  });
});

type RegistrationsData = {
  event: {
    registrations: {
      edges: Array<{ cursor: string; node: { id: string } }>;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      totalCount: number;
    } | null;
  } | null;
};

const registrationsQuery = `query($id: ID!, $status: RegistrationStatus, $first: Int, $after: String) {
  event(id: $id) {
    registrations(status: $status, first: $first, after: $after) {
      edges { node { id } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
      totalCount
    }
  }
}`;

describe('Event.registrations', () => {
  it('lists the registrations in order of registration for staff', async () => {
    const response = await gateway.request(
      `{ event(id: "${eventId(1)}") { registrations { edges { node { id status member { id } } } totalCount } } }`,
      { as: staff },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      event: {
        registrations: {
          edges: [
            { node: { id: registrationId(2), status: 'CONFIRMED', member: { id: memberId(2) } } },
            { node: { id: registrationId(1), status: 'CONFIRMED', member: { id: memberId(1) } } },
            { node: { id: registrationId(3), status: 'CONFIRMED', member: { id: memberId(3) } } },
            { node: { id: registrationId(6), status: 'WAITLISTED', member: { id: memberId(6) } } },
            { node: { id: registrationId(4), status: 'WAITLISTED', member: { id: memberId(4) } } },
            { node: { id: registrationId(5), status: 'CANCELLED', member: { id: memberId(5) } } },
          ],
          totalCount: 6,
        },
      },
    });
  });

  it('lists only the registrations of the status asked for', async () => {
    const response = await gateway.request<RegistrationsData, Record<string, unknown>>(registrationsQuery, {
      variables: { id: eventId(1), status: 'WAITLISTED' },
      as: staff,
    });
    expect(response.data?.event?.registrations).toEqual({
      edges: [{ node: { id: registrationId(6) } }, { node: { id: registrationId(4) } }],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: expect.any(String) },
      totalCount: 2,
    });
  });

  it('pages through the registrations with cursors', async () => {
    const pages: string[][] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page++) {
      const response: GraphQLResponse<RegistrationsData> = await gateway.request<RegistrationsData, Record<string, unknown>>(
        registrationsQuery,
        { variables: { id: eventId(1), first: 4, after }, as: staff },
      );
      const connection = response.data!.event!.registrations!;
      expect(connection.totalCount).toBe(6);
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      pages.push(connection.edges.map((edge) => edge.node.id));
      after = connection.pageInfo.endCursor;
      if (!connection.pageInfo.hasNextPage) break;
    }
    expect(pages).toEqual([
      [2, 1, 3, 6].map(registrationId),
      [4, 5].map(registrationId),
    ]);
  });

  it('lists the registrations of every event listed in one statement', async () => {
    const { result, statements } = await database.countStatements(() =>
      gateway.request('{ events { edges { node { registrations(first: 2) { edges { node { id } } } } } } }', { as: staff }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      events: {
        edges: [
          { node: { registrations: { edges: [{ node: { id: registrationId(7) } }] } } },
          { node: { registrations: { edges: [] } } },
          { node: { registrations: { edges: [{ node: { id: registrationId(8) } }, { node: { id: registrationId(9) } }] } } },
          { node: { registrations: { edges: [{ node: { id: registrationId(2) } }, { node: { id: registrationId(1) } }] } } },
        ],
      },
    });
    expect(statements).toBe(2);
  });

  it.each<[string, TokenSubject | undefined]>([
    ['an anonymous viewer', undefined],
    ['a member, even one registered', { role: 'member', memberId: memberId(1) }],
    ['a partner', { role: 'partner', partnerId: memberId(99) }],
    ['an analyst', { role: 'analyst', subject: 'a1' }],
  ])('is null with FORBIDDEN for %s', async (_viewer, as) => {
    const response = await gateway.request(`{ event(id: "${eventId(1)}") { title registrations { totalCount } } }`, { as });
    expect(response.data).toEqual({ event: { title: 'Autumn track day', registrations: null } });
    expect(errorsOf(response)).toEqual([
      {
        message: "Only staff and the leads of the event's chapter may read Event.registrations, and only staff those of a national event.",
        path: ['event', 'registrations'],
        extensions: { code: 'FORBIDDEN', field: 'Event.registrations', reason: 'STAFF_OR_CHAPTER_LEAD', serviceName: 'events' },
      },
    ]);
  });

  it('rejects a cursor of another list', async () => {
    const events = await gateway.request<{ events: { pageInfo: { endCursor: string } } }, never>(
      '{ events(first: 1) { pageInfo { endCursor } } }',
    );
    const response = await gateway.request(registrationsQuery, {
      variables: { id: eventId(1), after: events.data?.events.pageInfo.endCursor },
      as: staff,
    });
    expect(response.data).toEqual({ event: { registrations: null } });
    expect(errorsOf(response)).toEqual([
      {
        message: 'Argument "after" is not a cursor this list returned.',
        path: ['event', 'registrations'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'after', serviceName: 'events' },
      },
    ]);
  });

  it('rejects a first above 500', async () => {
    const response = await gateway.request(registrationsQuery, { variables: { id: eventId(1), first: 501 }, as: staff });
    expect(errorsOf(response)).toEqual([
      {
        message: 'Argument "first" must be between 0 and 500; got 501.',
        path: ['event', 'registrations'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'first', serviceName: 'events' },
      },
    ]);
  });

  it('rejects an unknown status, naming the argument', async () => {
    const response = await gateway.request(`{ event(id: "${eventId(1)}") { registrations(status: ATTENDED) { totalCount } } }`, {
      as: staff,
    });
    expect(response.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([
      {
        message: 'Value "ATTENDED" does not exist in "RegistrationStatus" enum.',
        extensions: { code: 'BAD_USER_INPUT', argument: 'status' },
      },
    ]);
  });
});

describe('an event looked up by id', () => {
  it('sends the counts, ratings and registrations asked for without waiting for the event row', async () => {
    const { result, sent } = await database.countStatements(() =>
      gateway.request(
        `{ event(id: "${eventId(1)}") { title confirmedCount ratings { count } registrations(first: 2) { edges { node { id } } } } }`,
        { as: staff },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      event: {
        title: 'Autumn track day',
        confirmedCount: 3,
        ratings: { count: 3 },
        registrations: { edges: [{ node: { id: registrationId(2) } }, { node: { id: registrationId(1) } }] },
      },
    });
    expect(tablesRead(sent)).toEqual(['events.registrations', 'events.ratings', 'events.registrations', 'events.events']);
  });

  it('sends no read of the registrations ahead for a viewer who may not see them', async () => {
    const { result, sent } = await database.countStatements(() =>
      gateway.request(`{ event(id: "${eventId(1)}") { title registrations(first: 2) { totalCount } } }`, {
        as: { role: 'member', memberId: memberId(1) },
      }),
    );
    expect(result.data).toEqual({ event: { title: 'Autumn track day', registrations: null } });
    // The event, then whether the member leads its chapter: refused without a read of the list.
    expect(tablesRead(sent)).toEqual(['events.events', 'events.chapter_leads']);
  });
});
