import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventId, insertEvents, memberId } from '../fixtures/events.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const staff = { role: 'staff', subject: 's1' } as const;
const hangzhouLead = { role: 'member', memberId: memberId(1) } as const;
const otherMember = { role: 'member', memberId: memberId(2) } as const;

/**
 * In (starts_at, id) order: e4 (15 May); e1, e2, e3 (1 June, same instant,
 * ordered by id); e5 (1 July); e6 (1 August); e7, e8 (1 September, same
 * instant with a sub-millisecond fraction). Inserted out of order.
 */
beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  const june = new Date('2026-06-01T11:00:00Z');
  await insertEvents(db, [
    { id: eventId(6), title: 'Online talk', kind: 'ONLINE', chapterId: null, startsAt: new Date('2026-08-01T12:00:00Z'), endsAt: new Date('2026-08-01T13:00:00Z'), venueName: null, venueAddress: null, venueCity: null },
    { id: eventId(3), title: 'National road trip', kind: 'ROAD_TRIP', chapterId: null, startsAt: june },
    { id: eventId(1), title: 'Shanghai salon', kind: 'SALON', startsAt: june },
    { id: eventId(5), title: 'Charity drive', kind: 'CHARITY_DRIVE', status: 'CANCELLED', startsAt: new Date('2026-07-01T00:00:00Z'), endsAt: new Date('2026-07-01T06:00:00Z') },
    { id: eventId(2), title: 'Track day', kind: 'TRACK_DAY', startsAt: june },
    { id: eventId(4), title: 'Hangzhou launch', kind: 'NEW_MODEL_LAUNCH', status: 'DRAFT', chapterId: 'hangzhou', startsAt: new Date('2026-05-15T02:00:00Z') },
    { id: eventId(8), title: 'Late salon B', startsAt: new Date('2026-09-01T00:00:00Z'), endsAt: new Date('2026-09-01T02:00:00Z') },
    { id: eventId(7), title: 'Late salon A', startsAt: new Date('2026-09-01T00:00:00Z'), endsAt: new Date('2026-09-01T02:00:00Z') },
  ]);
  // Instants finer than a millisecond, which a JavaScript Date cannot hold.
  await db.execute(sql`update events.events set starts_at = '2026-09-01T00:00:00.000250Z' where id in (${eventId(7)}, ${eventId(8)})`);
  await db.execute(
    sql`insert into events.chapter_leads (chapter_id, role, member_id, active, changed_at) values ('hangzhou', 'CHAIR', ${memberId(1)}, true, now())`,
  );
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

type EventsData = {
  events: {
    edges: Array<{ cursor: string; node: { id: string } }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    totalCount?: number;
  };
};

const eventsQuery = `query Events($filter: EventFilter, $first: Int, $after: String) {
  events(filter: $filter, first: $first, after: $after) {
    edges { node { id } }
    totalCount
  }
}`;

async function eventIdsOf(variables: Record<string, unknown>): Promise<{ ids: string[]; totalCount: number | undefined }> {
  const response = await gateway.request<EventsData, Record<string, unknown>>(eventsQuery, { variables, as: staff });
  expect(response.errors).toBeUndefined();
  return { ids: response.data?.events.edges.map((edge) => edge.node.id) ?? [], totalCount: response.data?.events.totalCount };
}

const errorsOf = (response: GraphQLResponse<unknown>) =>
  response.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }));

describe('Query.event', () => {
  it('returns the event with the id given', async () => {
    const response = await gateway.request(`{ event(id: "${eventId(2)}") { id title kind status } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ event: { id: eventId(2), title: 'Track day', kind: 'TRACK_DAY', status: 'PUBLISHED' } });
  });

  it('accepts an id in upper case', async () => {
    const response = await gateway.request(`{ event(id: "${eventId(2).toUpperCase()}") { id } }`);
    expect(response.data).toEqual({ event: { id: eventId(2) } });
  });

  it('returns null when no event has the id', async () => {
    const response = await gateway.request(`{ event(id: "${eventId(99)}") { id } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ event: null });
  });

  it('rejects an id that is not a UUID', async () => {
    const response = await gateway.request('{ event(id: "shanghai-salon") { id } }');
    expect(response.data).toEqual({ event: null });
    expect(errorsOf(response)).toEqual([
      {
        message: 'Argument "id" must be a UUID; got "shanghai-salon".',
        path: ['event'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'id', serviceName: 'events' },
      },
    ]);
  });
});

describe('draft events', () => {
  const draftQuery = `{ event(id: "${eventId(4)}") { title } events(filter: { status: DRAFT }) { totalCount edges { node { title } } } }`;
  const hangzhouDraft = { event: { title: 'Hangzhou launch' }, events: { totalCount: 1, edges: [{ node: { title: 'Hangzhou launch' } }] } };
  const hidden = { event: null, events: { totalCount: 0, edges: [] } };

  it('are listed and read for staff', async () => {
    expect((await gateway.request(draftQuery, { as: staff })).data).toEqual(hangzhouDraft);
  });

  it("are listed and read for a lead of the draft's chapter", async () => {
    expect((await gateway.request(draftQuery, { as: hangzhouLead })).data).toEqual(hangzhouDraft);
  });

  it('are hidden from another member, a partner and an anonymous viewer, without an error', async () => {
    for (const as of [otherMember, { role: 'partner', partnerId: memberId(3) } as const, undefined]) {
      const response = await gateway.request(draftQuery, { as });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual(hidden);
    }
  });

  it('are left out of the public calendar, whose count leaves them out too', async () => {
    const response = await gateway.request<EventsData, Record<string, unknown>>(eventsQuery, { variables: {} });
    expect(response.data?.events.edges.map((edge) => edge.node.id)).toEqual([1, 2, 3, 5, 6, 7, 8].map(eventId));
    expect(response.data?.events.totalCount).toBe(7);
  });
});

describe('Query.events', () => {
  it('lists events in order of start, then id', async () => {
    expect(await eventIdsOf({})).toEqual({
      ids: [4, 1, 2, 3, 5, 6, 7, 8].map(eventId),
      totalCount: 8,
    });
  });

  it('filters by chapter', async () => {
    expect(await eventIdsOf({ filter: { chapterId: 'shanghai' } })).toEqual({ ids: [1, 2, 5, 7, 8].map(eventId), totalCount: 5 });
  });

  it('filters national events', async () => {
    expect(await eventIdsOf({ filter: { national: true } })).toEqual({ ids: [3, 6].map(eventId), totalCount: 2 });
  });

  it('filters chapter events', async () => {
    expect(await eventIdsOf({ filter: { national: false } })).toEqual({ ids: [4, 1, 2, 5, 7, 8].map(eventId), totalCount: 6 });
  });

  it('filters by kind', async () => {
    expect(await eventIdsOf({ filter: { kind: 'SALON' } })).toEqual({ ids: [1, 7, 8].map(eventId), totalCount: 3 });
  });

  it('filters by status', async () => {
    expect(await eventIdsOf({ filter: { status: 'DRAFT' } })).toEqual({ ids: [eventId(4)], totalCount: 1 });
  });

  it('includes events starting at startsFrom and excludes those starting at startsBefore', async () => {
    const filter = { startsFrom: '2026-06-01T11:00:00Z', startsBefore: '2026-08-01T12:00:00Z' };
    expect(await eventIdsOf({ filter })).toEqual({ ids: [1, 2, 3, 5].map(eventId), totalCount: 4 });
  });

  it('reads startsFrom with an offset as the instant it names', async () => {
    const filter = { startsFrom: '2026-06-01T19:00:01+08:00' };
    expect(await eventIdsOf({ filter })).toEqual({ ids: [5, 6, 7, 8].map(eventId), totalCount: 4 });
  });

  it('combines filters with AND', async () => {
    const filter = { chapterId: 'shanghai', kind: 'SALON', startsBefore: '2026-07-01T00:00:00Z' };
    expect(await eventIdsOf({ filter })).toEqual({ ids: [eventId(1)], totalCount: 1 });
  });

  it('returns an empty connection for a chapter without events', async () => {
    const response = await gateway.request(
      '{ events(filter: { chapterId: "wuhan" }) { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }',
    );
    expect(response.data).toEqual({
      events: {
        edges: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        totalCount: 0,
      },
    });
  });

  it('pages through events that start at the same instant without skipping or repeating any', async () => {
    const pages: string[][] = [];
    const pageInfos: Array<{ hasNextPage: boolean; hasPreviousPage: boolean }> = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const response: GraphQLResponse<EventsData> = await gateway.request<EventsData, Record<string, unknown>>(
        `query($after: String) { events(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
        { variables: { after }, as: staff },
      );
      expect(response.errors).toBeUndefined();
      const connection = response.data!.events;
      pages.push(connection.edges.map((edge) => edge.node.id));
      pageInfos.push({ hasNextPage: connection.pageInfo.hasNextPage, hasPreviousPage: connection.pageInfo.hasPreviousPage });
      expect(connection.pageInfo.startCursor).toBe(connection.edges[0]?.cursor ?? null);
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
      after = connection.pageInfo.endCursor;
      if (!connection.pageInfo.hasNextPage) break;
    }
    expect(pages).toEqual([
      [eventId(4), eventId(1)],
      [eventId(2), eventId(3)],
      [eventId(5), eventId(6)],
      [eventId(7), eventId(8)],
    ]);
    expect(pageInfos).toEqual([
      { hasNextPage: true, hasPreviousPage: false },
      { hasNextPage: true, hasPreviousPage: true },
      { hasNextPage: true, hasPreviousPage: true },
      { hasNextPage: false, hasPreviousPage: true },
    ]);
  });

  it('pages one at a time through events that start at the same sub-millisecond instant', async () => {
    const first = await gateway.request<EventsData, Record<string, unknown>>(
      'query($after: String) { events(first: 1, after: $after, filter: { startsFrom: "2026-09-01T00:00:00Z" }) { edges { node { id } } pageInfo { endCursor } } }',
    );
    const second = await gateway.request<EventsData, Record<string, unknown>>(
      'query($after: String) { events(first: 1, after: $after, filter: { startsFrom: "2026-09-01T00:00:00Z" }) { edges { node { id } } pageInfo { hasNextPage } } }',
      { variables: { after: first.data?.events.pageInfo.endCursor } },
    );
    expect(first.data?.events.edges).toEqual([{ node: { id: eventId(7) } }]);
    expect(second.data?.events).toEqual({ edges: [{ node: { id: eventId(8) } }], pageInfo: { hasNextPage: false } });
  });

  it('continues a filtered list from its cursor', async () => {
    const first = await gateway.request<EventsData, never>(
      '{ events(first: 1, filter: { national: true }) { pageInfo { endCursor } } }',
    );
    const after = first.data?.events.pageInfo.endCursor;
    expect(await eventIdsOf({ filter: { national: true }, after })).toEqual({ ids: [eventId(6)], totalCount: 2 });
  });

  it('returns no edges and says whether events exist when first is 0', async () => {
    const response = await gateway.request('{ events(first: 0) { edges { cursor } pageInfo { hasNextPage endCursor } } }');
    expect(response.data).toEqual({ events: { edges: [], pageInfo: { hasNextPage: true, endCursor: null } } });
  });

  it('counts the events only when totalCount is selected', async () => {
    const without = await database.countStatements(() => gateway.request('{ events { edges { node { id } } } }'));
    const withCount = await database.countStatements(() => gateway.request('{ events { totalCount edges { node { id } } } }'));
    expect({ without: without.statements, withCount: withCount.statements }).toEqual({ without: 1, withCount: 2 });
  });

  it('rejects a start window that ends before it begins, naming the argument', async () => {
    const response = await gateway.request(
      '{ events(filter: { startsFrom: "2026-07-01T00:00:00Z", startsBefore: "2026-07-01T00:00:00Z" }) { totalCount } }',
    );
    expect(response.data).toBeNull();
    expect(errorsOf(response)).toEqual([
      {
        message: 'Argument "filter.startsBefore" must be later than "filter.startsFrom".',
        path: ['events'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'filter.startsBefore', serviceName: 'events' },
      },
    ]);
  });

  it('rejects a chapter id that is not a slug', async () => {
    const response = await gateway.request('{ events(filter: { chapterId: "Shanghai Chapter" }) { totalCount } }');
    expect(errorsOf(response)).toEqual([
      {
        message: 'Argument "filter.chapterId" must be a lowercase slug of letters, digits and hyphens, such as "gold" or "shanghai"; got "Shanghai Chapter".',
        path: ['events'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'filter.chapterId', serviceName: 'events' },
      },
    ]);
  });

  it('rejects a first above 500', async () => {
    const response = await gateway.request('{ events(first: 501) { totalCount } }');
    expect(errorsOf(response)).toEqual([
      {
        message: 'Argument "first" must be between 0 and 500; got 501.',
        path: ['events'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'first', serviceName: 'events' },
      },
    ]);
  });

  it('rejects a negative first', async () => {
    const response = await gateway.request('{ events(first: -1) { totalCount } }');
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first', serviceName: 'events' });
  });

  it.each([
    ['garbage', 'not a cursor'],
    ['a cursor of the wrong length', Buffer.from(JSON.stringify([7])).toString('base64url')],
    ['a cursor with a date that does not exist', Buffer.from(JSON.stringify(['2026-02-30T00:00:00.000000Z', eventId(1)])).toString('base64url')],
    ['a cursor with an id that is not a UUID', Buffer.from(JSON.stringify(['2026-06-01T11:00:00.000000Z', 'x'])).toString('base64url')],
  ])('rejects %s as after', async (_name, after) => {
    const response = await gateway.request('query($after: String) { events(after: $after) { totalCount } }', {
      variables: { after },
    });
    expect(errorsOf(response)).toEqual([
      {
        message: 'Argument "after" is not a cursor this list returned.',
        path: ['events'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'after', serviceName: 'events' },
      },
    ]);
  });

  it('rejects an unknown kind, naming the argument', async () => {
    const response = await gateway.request('{ events(filter: { kind: BOAT }) { totalCount } }');
    expect(response.status).toBe(400);
    expect(response.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([
      {
        message: 'Value "BOAT" does not exist in "EventKind" enum.',
        extensions: { code: 'BAD_USER_INPUT', argument: 'filter.kind' },
      },
    ]);
  });
});
