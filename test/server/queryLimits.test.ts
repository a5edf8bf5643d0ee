import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChapterRosterDocument } from '../../src/client/generated/graphql.js';
import { queryLimits } from '../../src/server/limits/queryLimits.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

beforeAll(async () => {
  database = await openTestDatabase();
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const staff = { role: 'staff', subject: 's1' } as const;

/** `{ member(id: …) { referrer { referrer { … id } } } }`, `levels` fields deep. */
function referrerChain(levels: number): string {
  const inner = Array.from({ length: levels - 1 }, () => 'referrer {').join(' ');
  return `{ member(id: "00000000-0000-4000-8000-000000000001") { ${inner} id ${'} '.repeat(levels - 1)}} }`;
}

describe('the depth limit', () => {
  it('serves a query 12 levels deep', async () => {
    const response = await gateway.request(referrerChain(11), { as: staff });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ member: null });
  });

  it('refuses a query 14 levels deep with a validation error and status 400', async () => {
    const response = await gateway.request(referrerChain(13), { as: staff });
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([
      { message: 'Query depth limit of 12 exceeded, found 14.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
  });
});

describe('the alias limit', () => {
  it('refuses more than 50 aliases', async () => {
    const aliases = Array.from({ length: 51 }, (_, index) => `a${index}: regions { id }`).join(' ');
    const response = await gateway.request(`{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      { message: 'Aliases limit of 50 exceeded, found 51.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
  });

  it('counts aliases of __typename too', async () => {
    const aliases = Array.from({ length: 5_000 }, (_, index) => `a${index}: __typename`).join(' ');
    const response = await gateway.request(`{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      { message: 'Aliases limit of 50 exceeded, found 5000.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
  });
});

describe('the cost limit', () => {
  it('serves the README roster at the largest page', async () => {
    const response = await gateway.request(ChapterRosterDocument, { variables: { chapterId: 'shanghai', first: 500 }, as: staff });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ chapter: null });
  });

  it('refuses pages of members nested in pages of chapters before running anything', async () => {
    const query = `{ chapters(first: 20) { edges { node { members(first: 500) { edges { node {
      homeChapter { members(first: 500) { edges { node { displayName cars { model } } } } }
    } } } } } } }`;
    const statements = await database.countStatements(() => gateway.request(query));
    expect(statements.statements).toBe(0);
    expect(statements.result.status).toBe(400);
    expect(statements.result.errors).toEqual([
      {
        message:
          "The query's estimated cost of 120040060 exceeds the limit of 50000: ask for smaller pages (first) or fewer nested lists.",
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost: 120040060, maxCost: 50000 },
      },
    ]);
  });

  it('counts a page size given as a variable', async () => {
    const query = `query ($first: Int) { members(first: $first) { edges { node { registrations(first: 100) { id } } } } }`;
    const small = await gateway.request(query, { variables: { first: 100 }, as: staff });
    const large = await gateway.request(query, { variables: { first: 500 }, as: staff });
    expect(small.errors).toBeUndefined();
    // members: 500 × (1 + edges: 1 + node: 1 + registrations: 100 × (1 + id: 1))
    expect(large.errors?.map((error) => error.extensions)).toEqual([
      { code: 'GRAPHQL_VALIDATION_FAILED', cost: 101_500, maxCost: 50_000 },
    ]);
  });

  it('costs each set of variables on its own when the same query comes again', async () => {
    const query = `query ($first: Int) { members(first: $first) { edges { node { registrations(first: 100) { id } } } } }`;
    const asked = [500, 100, 500, 100];
    const answers = [];
    for (const first of asked) answers.push(await gateway.request(query, { variables: { first }, as: staff }));
    expect(answers.map((answer) => answer.errors?.map((error) => error.extensions?.cost) ?? 'served')).toEqual([
      [101_500],
      'served',
      [101_500],
      'served',
    ]);
  });

  it('holds queries to the limit the operator sets', async () => {
    const query = `query ($first: Int) { members(first: $first) { edges { node { registrations(first: 100) { id } } } } }`;
    const generous = await startTestGateway(database, { maxQueryCost: 200_000 });
    const strict = await startTestGateway(database, { maxQueryCost: 10_000 });
    try {
      const allowed = await generous.request(query, { variables: { first: 500 }, as: staff });
      const refused = await strict.request(query, { variables: { first: 100 }, as: staff });
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data).toEqual({ members: { edges: [] } });
      // members: 100 × (1 + edges: 1 + node: 1 + registrations: 100 × (1 + id: 1))
      expect(refused.errors?.map((error) => error.extensions)).toEqual([
        { code: 'GRAPHQL_VALIDATION_FAILED', cost: 20_300, maxCost: 10_000 },
      ]);
    } finally {
      await generous.stop();
      await strict.stop();
    }
  });

  it('refuses a query of 15,000 selections with a validation error and status 400', async () => {
    const response = await gateway.request(`{ regions { ${'id '.repeat(15_000)}} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

});

describe('the introspection limit', () => {
  it('lets the browser IDE introspect the whole schema', async () => {
    const response = await gateway.request(getIntrospectionQuery());
    expect(response.errors).toBeUndefined();
    expect((response.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(50);
  });

  it('refuses the schema asked for more than once under aliases', async () => {
    const aliases = Array.from({ length: 49 }, (_, index) => `s${index}: __schema { types { name fields { name args { name } } } }`);
    const response = await gateway.request(`{ ${aliases.join(' ')} }`);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      {
        message: "Introspection limit exceeded: an operation may select Query.__schema once, as an IDE's introspection query does.",
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
  });

  it("refuses a type's fields nested in another type's fields", async () => {
    const response = await gateway.request('{ __schema { types { fields { type { fields { name } } } } } }');
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      {
        message: "Introspection limit exceeded: an operation may select __Type.fields once, as an IDE's introspection query does.",
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
  });

  it('counts the schema asked for twice under one name once, as GraphQL merges the two', async () => {
    const response = await gateway.request('{ __schema { queryType { name } } __schema { types { name } } }');
    expect(response.errors).toBeUndefined();
    expect((response.data as { __schema: { queryType: unknown } }).__schema.queryType).toEqual({ name: 'Query' });
  });
});

describe('the token limit', () => {
  it('stops parsing a document of more than 20,000 tokens', async () => {
    const fields = Array.from({ length: 10_001 }, (_, index) => `f${index}: __typename`).join(' ');
    const response = await gateway.request(`{ ${fields} }`);
    expect(response.status).toBe(400);
    // graphql-js's own message, typo included.
    expect(response.errors?.map((error) => [error.message, error.extensions])).toEqual([
      [`Syntax Error: Document contains more that ${queryLimits.maxTokens} tokens. Parsing aborted.`, { code: 'GRAPHQL_PARSE_FAILED' }],
    ]);
  });
});
