import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapterRows, insertRegionsAndChapters } from '../fixtures/chapters.js';
import { carRow, insertMembersWorld, memberId, memberRow } from '../fixtures/members.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

const staff = { role: 'staff', subject: 's1' } as const;

let database: TestDatabase;
let gateway: TestGateway;

const memberCount = 250;
const chapterIds = chapterRows.map((chapter) => chapter.id);

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertRegionsAndChapters(db);

  // Members spread over every chapter, each with one or two cars.
  const numbers = Array.from({ length: memberCount }, (_, index) => index + 1);
  await insertMembersWorld(db, {
    members: numbers.map((n) => memberRow(n, { homeChapterId: chapterIds[n % chapterIds.length] })),
    cars: numbers.flatMap((n) => [
      carRow(2 * n, memberId(n)),
      ...(n % 2 === 0 ? [carRow(2 * n + 1, memberId(n), { brand: 'NIO', model: 'ET5', powertrain: 'EV' })] : []),
    ]),
  });
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('Query.members', () => {
  const query = `query Members($first: Int) {
    members(first: $first) { edges { node { id cars { model } homeChapter { name } } } }
  }`;

  /** Runs the page query for `first` members; returns the page size and the statements it took. */
  async function statementsFor(first: number) {
    const { result, statements } = await database.countStatements(() =>
      gateway.request<{ members: { edges: Array<{ node: { cars: unknown[]; homeChapter: { name: string } } }> } }, unknown>(
        query,
        { as: staff, variables: { first } },
      ),
    );
    expect(result.errors).toBeUndefined();
    const edges = result.data?.members.edges ?? [];
    return { members: edges.length, statements };
  }

  it('sends as many statements for 200 members as for 10', async () => {
    const few = await statementsFor(10);
    const many = await statementsFor(200);
    expect(few.members).toBe(10);
    expect(many.members).toBe(200);
    expect(many.statements).toBe(few.statements);
    // The page, the cars of every member on it, and the chapters subgraph's
    // one statement for every home chapter.
    expect(few.statements).toBe(3);
  });

  it('resolves the nested cars and chapters of a large page', async () => {
    const response = await gateway.request<
      { members: { edges: Array<{ node: { id: string; cars: Array<{ model: string }>; homeChapter: { name: string } } }> } },
      unknown
    >(query, { as: staff, variables: { first: 200 } });
    expect(response.errors).toBeUndefined();
    const nodes = response.data?.members.edges.map((edge) => edge.node) ?? [];
    expect(nodes.slice(0, 2)).toEqual([
      { id: memberId(1), cars: [{ model: '911 Carrera' }], homeChapter: { name: 'Hangzhou Chapter' } },
      { id: memberId(2), cars: [{ model: '911 Carrera' }, { model: 'ET5' }], homeChapter: { name: 'Shenzhen Chapter' } },
    ]);
    expect(nodes.at(-1)).toEqual({
      id: memberId(200),
      cars: [{ model: '911 Carrera' }, { model: 'ET5' }],
      homeChapter: { name: 'Shenzhen Chapter' },
    });
  });
});

describe('Chapter.members', () => {
  type ChaptersData = { chapters: { edges: Array<{ node: { members: { edges: unknown[] } } }> } };

  /** How many members each chapter of the response lists. */
  const chapterSizes = (data: ChaptersData | null | undefined) =>
    data?.chapters.edges.map((edge) => edge.node.members.edges.length);

  it('sends one statement for the members of every chapter, however many chapters', async () => {
    const query = `query Chapters($regionId: ID) {
      chapters(regionId: $regionId) { edges { node { members(first: 3) { edges { node { id cars { model } } } } } } }
    }`;
    const oneRegion = await database.countStatements(() =>
      gateway.request<ChaptersData, unknown>(query, { as: staff, variables: { regionId: 'south' } }),
    );
    const everyRegion = await database.countStatements(() => gateway.request<ChaptersData, unknown>(query, { as: staff }));
    expect(oneRegion.result.errors).toBeUndefined();
    expect(everyRegion.result.errors).toBeUndefined();
    expect(chapterSizes(oneRegion.result.data)).toEqual([3]);
    expect(chapterSizes(everyRegion.result.data)).toEqual([3, 3, 3]);
    // The chapters page, the members of all its chapters, their cars.
    expect(oneRegion.statements).toBe(3);
    expect(everyRegion.statements).toBe(3);
  });
});
