import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('bad input caught by the gateway before any subgraph runs', () => {
  it('names the input field of an unknown enum literal', async () => {
    const response = await gateway.request('{ members(filter: { status: RETIRED }) { totalCount } }');
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      {
        message: 'Value "RETIRED" does not exist in "MemberStatus" enum.',
        locations: [{ line: 1, column: 29 }],
        extensions: { code: 'BAD_USER_INPUT', argument: 'filter.status' },
      },
    ]);
  });

  it('names the argument that uses a variable holding an unknown enum value', async () => {
    const response = await gateway.request(
      'query Roster($status: MemberStatus) { members(filter: { status: $status }) { totalCount } }',
      { variables: { status: 'RETIRED' } },
    );
    expect(response.status).toBe(400);
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', argument: 'filter.status' },
    ]);
  });

  it.each([
    ['missing', {}, 'Variable "$memberId" of required type "ID!" was not provided.'],
    ['null', { memberId: null }, 'Variable "$memberId" of non-null type "ID!" must not be null.'],
  ])('names the argument that uses a required variable left %s', async (_title, variables, message) => {
    const response = await gateway.request('query Member($memberId: ID!) { member(id: $memberId) { id } }', { variables });
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      { message, locations: [{ line: 1, column: 14 }], extensions: { code: 'BAD_USER_INPUT', argument: 'id' } },
    ]);
  });

  it('names the input field inside a whole input object variable', async () => {
    const response = await gateway.request(
      'query Roster($filter: MemberFilter) { members(filter: $filter) { totalCount } }',
      { variables: { filter: { tier: 'TITANIUM' } } },
    );
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', argument: 'filter.tier' },
    ]);
  });

  it('names the nested input field of a bad scalar inside a variable', async () => {
    const response = await gateway.request(
      'query Calendar($filter: EventFilter) { events(filter: $filter) { totalCount } }',
      { variables: { filter: { startsFrom: 'soon' } } },
    );
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', argument: 'filter.startsFrom' },
    ]);
  });

  it('rejects a malformed DateTime literal as bad input, not an internal error', async () => {
    const response = await gateway.request('{ events(filter: { startsFrom: "next tuesday" }) { totalCount } }');
    expect(response.status).toBe(400);
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', argument: 'filter.startsFrom' },
    ]);
  });

  it('rejects a malformed DateTime variable as bad input, not an internal error', async () => {
    const response = await gateway.request(
      'query Calendar($from: DateTime) { events(filter: { startsFrom: $from }) { totalCount } }',
      { variables: { from: '2026-13-45' } },
    );
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', argument: 'filter.startsFrom' },
    ]);
  });

  it('still accepts a well-formed DateTime', async () => {
    const response = await gateway.request(
      'query Calendar($from: DateTime) { events(filter: { startsFrom: $from }) { totalCount } }',
      { variables: { from: '2026-05-01T00:00:00Z' } },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ events: { totalCount: 0 } });
  });
});

describe('text holding a NUL character', () => {
  const staff = { role: 'staff', subject: 's1' } as const;
  const earn = `mutation ($reason: String!) {
    earnPoints(memberId: "00000000-0000-4000-8000-000000000001", points: 10, kind: EARN_CONTRIBUTION, reason: $reason) { id }
  }`;

  it('is refused in a variable, naming the argument, before any statement runs', async () => {
    const { result, statements } = await database.countStatements(() =>
      gateway.request(earn, { as: staff, variables: { reason: 'a\u0000b' } }),
    );
    expect(statements).toBe(0);
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      {
        message: 'Argument "reason" must not contain a NUL character (\\u0000).',
        extensions: { code: 'BAD_USER_INPUT', argument: 'reason' },
      },
    ]);
  });

  it('is refused inside an input object variable, naming the input field', async () => {
    const response = await gateway.request(
      'query ($filter: EventFilter) { events(filter: $filter) { totalCount } }',
      { variables: { filter: { chapterId: 'shang\u0000hai' } } },
    );
    expect(response.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'filter.chapterId' }]);
  });

  it('is refused in a variable of a query already served without one', async () => {
    const query = 'query ($filter: EventFilter) { events(filter: $filter) { totalCount } }';
    const clean = await gateway.request(query, { variables: { filter: { chapterId: 'shanghai' } } });
    const dirty = await gateway.request(query, { variables: { filter: { chapterId: 'shang\u0000hai' } } });
    expect(clean.errors).toBeUndefined();
    expect(dirty.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'filter.chapterId' }]);
  });

  it('is refused in a literal every time the same query comes', async () => {
    const query = '{ chapter(id: "shang\\u0000hai") { name } }';
    const first = await gateway.request(query);
    const second = await gateway.request(query);
    expect([first.errors?.[0]?.extensions, second.errors?.[0]?.extensions]).toEqual([
      { code: 'BAD_USER_INPUT', argument: 'id' },
      { code: 'BAD_USER_INPUT', argument: 'id' },
    ]);
  });

  it('is refused in a literal, naming the argument', async () => {
    const response = await gateway.request('{ chapter(id: "shang\\u0000hai") { name } }');
    expect(response.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'id' }]);
  });
});
