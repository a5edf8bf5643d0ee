import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRegionsAndChapters } from '../fixtures/chapters.js';
import { carRow, insertMembersWorld, memberId, memberRow } from '../fixtures/members.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

const staff = { role: 'staff', subject: 's1' } as const;

let database: TestDatabase;
let gateway: TestGateway;

/** The cursor a members list returns for the member numbered `n`. */
const cursorOf = (n: number) => Buffer.from(JSON.stringify([n])).toString('base64url');

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertRegionsAndChapters(db);

  // Shanghai: 1, 3, 5 (lapsed), 7. Hangzhou: 2, 4. Shenzhen: nobody.
  await insertMembersWorld(db, {
    members: [
      memberRow(1),
      memberRow(2, { homeChapterId: 'hangzhou' }),
      memberRow(3, { tierCode: 'GOLD' }),
      memberRow(4, { homeChapterId: 'hangzhou', tierCode: 'GOLD' }),
      memberRow(5, { status: 'LAPSED' }),
      memberRow(7),
    ],
    cars: [
      carRow(1, memberId(1)),
      carRow(3, memberId(3), { brand: 'NIO', model: 'ET7', powertrain: 'EV' }),
      carRow(4, memberId(4), { brand: 'NIO', model: 'ES8', powertrain: 'EV' }),
    ],
  });
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('Chapter.members', () => {
  const pageQuery = `query ChapterMembers($id: ID!, $filter: MemberFilter, $first: Int, $after: String) {
    chapter(id: $id) {
      members(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { memberNumber homeChapter { id } } }
      }
    }
  }`;

  it("pages through the chapter's members in order of member number", async () => {
    const first = await gateway.request(pageQuery, { as: staff, variables: { id: 'shanghai', first: 2 } });
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({
      chapter: {
        members: {
          totalCount: 4,
          pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: cursorOf(1), endCursor: cursorOf(3) },
          edges: [
            { cursor: cursorOf(1), node: { memberNumber: 1, homeChapter: { id: 'shanghai' } } },
            { cursor: cursorOf(3), node: { memberNumber: 3, homeChapter: { id: 'shanghai' } } },
          ],
        },
      },
    });

    const second = await gateway.request(pageQuery, { as: staff, variables: { id: 'shanghai', first: 2, after: cursorOf(3) } });
    expect(second.errors).toBeUndefined();
    expect(second.data).toEqual({
      chapter: {
        members: {
          totalCount: 4,
          pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: cursorOf(5), endCursor: cursorOf(7) },
          edges: [
            { cursor: cursorOf(5), node: { memberNumber: 5, homeChapter: { id: 'shanghai' } } },
            { cursor: cursorOf(7), node: { memberNumber: 7, homeChapter: { id: 'shanghai' } } },
          ],
        },
      },
    });
  });

  it('applies the filter within the chapter', async () => {
    const response = await gateway.request(pageQuery, {
      as: staff,
      variables: { id: 'shanghai', filter: { status: 'ACTIVE', powertrain: 'EV' } },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      chapter: {
        members: {
          totalCount: 1,
          pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: cursorOf(3), endCursor: cursorOf(3) },
          edges: [{ cursor: cursorOf(3), node: { memberNumber: 3, homeChapter: { id: 'shanghai' } } }],
        },
      },
    });
  });

  it("ignores the filter's chapterId", async () => {
    const response = await gateway.request(pageQuery, { as: staff, variables: { id: 'hangzhou', filter: { chapterId: 'shanghai' } } });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      chapter: {
        members: {
          totalCount: 2,
          pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: cursorOf(2), endCursor: cursorOf(4) },
          edges: [
            { cursor: cursorOf(2), node: { memberNumber: 2, homeChapter: { id: 'hangzhou' } } },
            { cursor: cursorOf(4), node: { memberNumber: 4, homeChapter: { id: 'hangzhou' } } },
          ],
        },
      },
    });
  });

  it('returns an empty connection for a chapter without members', async () => {
    const response = await gateway.request(pageQuery, { as: staff, variables: { id: 'shenzhen' } });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      chapter: {
        members: {
          totalCount: 0,
          pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
          edges: [],
        },
      },
    });
  });

  it('gives every chapter of a list its own page, one statement for all of them', async () => {
    const query = `{ chapters {
      edges { node { id members(first: 1) { totalCount pageInfo { hasNextPage } edges { node { memberNumber } } } } }
    } }`;
    const { result, statements } = await database.countStatements(() => gateway.request(query, { as: staff }));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      chapters: {
        edges: [
          { node: { id: 'hangzhou', members: { totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { memberNumber: 2 } }] } } },
          { node: { id: 'shanghai', members: { totalCount: 4, pageInfo: { hasNextPage: true }, edges: [{ node: { memberNumber: 1 } }] } } },
          { node: { id: 'shenzhen', members: { totalCount: 0, pageInfo: { hasNextPage: false }, edges: [] } } },
        ],
      },
    });
    // The chapters page, then the members of all chapters with their counts.
    expect(statements).toBe(2);
  });

  it('keeps lists with different arguments apart in one request', async () => {
    const query = `{ chapters {
      edges { node {
        id
        firstTwo: members(first: 2) { edges { node { memberNumber } } }
        gold: members(filter: { tier: GOLD }) { totalCount edges { node { memberNumber } } }
      } }
    } }`;
    const { result, statements } = await database.countStatements(() => gateway.request(query, { as: staff }));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      chapters: {
        edges: [
          {
            node: {
              id: 'hangzhou',
              firstTwo: { edges: [{ node: { memberNumber: 2 } }, { node: { memberNumber: 4 } }] },
              gold: { totalCount: 1, edges: [{ node: { memberNumber: 4 } }] },
            },
          },
          {
            node: {
              id: 'shanghai',
              firstTwo: { edges: [{ node: { memberNumber: 1 } }, { node: { memberNumber: 3 } }] },
              gold: { totalCount: 1, edges: [{ node: { memberNumber: 3 } }] },
            },
          },
          { node: { id: 'shenzhen', firstTwo: { edges: [] }, gold: { totalCount: 0, edges: [] } } },
        ],
      },
    });
    // The chapters page, one page statement per argument set, each with its counts.
    expect(statements).toBe(3);
  });

  it('rejects first above 500 on the field it was given to', async () => {
    const response = await gateway.request('{ chapter(id: "shanghai") { name members(first: 501) { totalCount } } }', { as: staff });
    expect(response.data).toEqual({ chapter: null });
    expect(response.errors).toEqual([
      {
        message: 'Argument "first" must be between 0 and 500; got 501.',
        path: ['chapter', 'members'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'first', serviceName: 'members' },
      },
    ]);
  });

  it('rejects a malformed cursor', async () => {
    const response = await gateway.request('{ chapter(id: "shanghai") { members(after: "nope") { totalCount } } }', { as: staff });
    expect(response.data).toEqual({ chapter: null });
    expect(response.errors).toEqual([
      {
        message: 'Argument "after" is not a cursor this list returned.',
        path: ['chapter', 'members'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'after', serviceName: 'members' },
      },
    ]);
  });
});

describe('Chapter.activeMemberCount', () => {
  it('counts the active members of each chapter in one statement', async () => {
    const { result, statements } = await database.countStatements(() =>
      gateway.request('{ chapters { edges { node { id activeMemberCount } } } }', { as: staff }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      chapters: {
        edges: [
          { node: { id: 'hangzhou', activeMemberCount: 2 } },
          { node: { id: 'shanghai', activeMemberCount: 3 } },
          { node: { id: 'shenzhen', activeMemberCount: 0 } },
        ],
      },
    });
    // The chapters page and one grouped count.
    expect(statements).toBe(2);
  });
});
