import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventId, insertChapters, insertEvents } from '../fixtures/events.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

/**
 * Hangzhou: e1 (May), e2 and e3 (June, same instant), e4 (July, a draft).
 * Shanghai: e5 (June). National: e6. Wuhan: no events.
 */
beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertChapters(db, ['hangzhou', 'shanghai', 'wuhan']);
  const june = new Date('2026-06-06T06:00:00Z');
  await insertEvents(db, [
    { id: eventId(3), chapterId: 'hangzhou', title: 'West Lake drive', kind: 'ROAD_TRIP', startsAt: june },
    { id: eventId(1), chapterId: 'hangzhou', title: 'Spring salon', startsAt: new Date('2026-05-01T11:00:00Z') },
    { id: eventId(2), chapterId: 'hangzhou', title: 'Tea salon', startsAt: june },
    { id: eventId(4), chapterId: 'hangzhou', title: 'Launch', kind: 'NEW_MODEL_LAUNCH', status: 'DRAFT', startsAt: new Date('2026-07-01T11:00:00Z') },
    { id: eventId(5), chapterId: 'shanghai', title: 'Bund salon', startsAt: june },
    { id: eventId(6), chapterId: null, title: 'National rally', kind: 'ROAD_TRIP', startsAt: june },
  ]);
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const errorsOf = (response: GraphQLResponse<unknown>) =>
  response.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }));

type ChapterEventsData = {
  chapter: {
    events: {
      edges: Array<{ node: { id: string } }>;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      totalCount: number;
    };
  } | null;
};

const chapterEventsQuery = `query($id: ID!, $filter: EventFilter, $first: Int, $after: String) {
  chapter(id: $id) {
    events(filter: $filter, first: $first, after: $after) {
      edges { node { id } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
      totalCount
    }
  }
}`;

function chapterEvents(variables: Record<string, unknown>) {
  return gateway.request<ChapterEventsData, Record<string, unknown>>(chapterEventsQuery, { variables, as: { role: 'staff', subject: 's1' } });
}

describe('Chapter.events', () => {
  it('lists the chapter\'s events in order of start, then id', async () => {
    const response = await chapterEvents({ id: 'hangzhou' });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      chapter: {
        events: {
          edges: [1, 2, 3, 4].map((n) => ({ node: { id: eventId(n) } })),
          pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: expect.any(String) },
          totalCount: 4,
        },
      },
    });
  });

  it('applies the filter but ignores its chapterId and national', async () => {
    const response = await chapterEvents({
      id: 'hangzhou',
      filter: { status: 'PUBLISHED', startsFrom: '2026-06-01T00:00:00Z', chapterId: 'shanghai', national: true },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.chapter?.events.edges).toEqual([{ node: { id: eventId(2) } }, { node: { id: eventId(3) } }]);
    expect(response.data?.chapter?.events.totalCount).toBe(2);
  });

  it('pages through events that start at the same instant', async () => {
    const first = await chapterEvents({ id: 'hangzhou', first: 2 });
    const second = await chapterEvents({ id: 'hangzhou', first: 2, after: first.data?.chapter?.events.pageInfo.endCursor });
    expect(first.data?.chapter?.events.edges).toEqual([{ node: { id: eventId(1) } }, { node: { id: eventId(2) } }]);
    expect(first.data?.chapter?.events.pageInfo.hasNextPage).toBe(true);
    expect(second.data?.chapter?.events).toEqual({
      edges: [{ node: { id: eventId(3) } }, { node: { id: eventId(4) } }],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, endCursor: expect.any(String) },
      totalCount: 4,
    });
  });

  it('returns an empty connection for a chapter without events', async () => {
    const response = await chapterEvents({ id: 'wuhan' });
    expect(response.data).toEqual({
      chapter: {
        events: {
          edges: [],
          pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null },
          totalCount: 0,
        },
      },
    });
  });

  it('lists the events of many chapters in one statement, and counts them in one more', async () => {
    const { result, statements } = await database.countStatements(() =>
      gateway.request('{ chapters { edges { node { id events(first: 1) { edges { node { id } } totalCount } } } } }', {
        as: { role: 'staff', subject: 's1' },
      }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      chapters: {
        edges: [
          { node: { id: 'hangzhou', events: { edges: [{ node: { id: eventId(1) } }], totalCount: 4 } } },
          { node: { id: 'shanghai', events: { edges: [{ node: { id: eventId(5) } }], totalCount: 1 } } },
          { node: { id: 'wuhan', events: { edges: [], totalCount: 0 } } },
        ],
      },
    });
    // The chapters page, the chapters' events, their counts.
    expect(statements).toBe(3);
  });

  it('sends one statement for each distinct set of arguments', async () => {
    const { result, statements } = await database.countStatements(() =>
      gateway.request(`{
        chapters {
          edges { node { soon: events(first: 1) { edges { node { id } } } drafts: events(filter: { status: DRAFT }) { edges { node { id } } } } }
        }
      }`, { as: { role: 'staff', subject: 's1' } }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      chapters: {
        edges: [
          { node: { soon: { edges: [{ node: { id: eventId(1) } }] }, drafts: { edges: [{ node: { id: eventId(4) } }] } } },
          { node: { soon: { edges: [{ node: { id: eventId(5) } }] }, drafts: { edges: [] } } },
          { node: { soon: { edges: [] }, drafts: { edges: [] } } },
        ],
      },
    });
    expect(statements).toBe(3);
  });

  it('rejects a cursor of another list', async () => {
    const response = await chapterEvents({ id: 'hangzhou', after: Buffer.from(JSON.stringify(['hangzhou'])).toString('base64url') });
    expect(response.data).toEqual({ chapter: null });
    expect(errorsOf(response)).toEqual([
      {
        message: 'Argument "after" is not a cursor this list returned.',
        path: ['chapter', 'events'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'after', serviceName: 'events' },
      },
    ]);
  });

  it('rejects a start window that ends before it begins', async () => {
    const response = await chapterEvents({
      id: 'hangzhou',
      filter: { startsFrom: '2026-06-01T00:00:00Z', startsBefore: '2026-05-01T00:00:00Z' },
    });
    expect(errorsOf(response)).toEqual([
      {
        message: 'Argument "filter.startsBefore" must be later than "filter.startsFrom".',
        path: ['chapter', 'events'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'filter.startsBefore', serviceName: 'events' },
      },
    ]);
  });

  it('rejects a first above 500', async () => {
    const response = await chapterEvents({ id: 'hangzhou', first: 1000 });
    expect(errorsOf(response)).toEqual([
      {
        message: 'Argument "first" must be between 0 and 500; got 1000.',
        path: ['chapter', 'events'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'first', serviceName: 'events' },
      },
    ]);
  });
});
