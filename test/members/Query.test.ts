import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRegionsAndChapters } from '../fixtures/chapters.js';
import { carRow, insertMembersWorld, memberId, memberRow } from '../fixtures/members.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

/** The cursor a members list returns for the member numbered `n`. */
const cursorOf = (n: number) => Buffer.from(JSON.stringify([n])).toString('base64url');

const staff = { role: 'staff', subject: 's1' } as const;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertRegionsAndChapters(db);

  // Six members chosen so that each filter picks a different set. Member 4
  // owns a petrol Porsche and an electric BMW: no electric Porsche.
  await insertMembersWorld(db, {
    members: [
      memberRow(1),
      memberRow(2, { homeChapterId: 'hangzhou', lifecycleStage: 'RETAINED', tierCode: 'GOLD' }),
      memberRow(3, { status: 'PROSPECT', lifecycleStage: 'REACHED', tierCode: null, joinedOn: null, activatedAt: null }),
      memberRow(4, { homeChapterId: 'shenzhen', status: 'LAPSED', tierCode: 'BRONZE' }),
      memberRow(5, { lifecycleStage: 'MONETISED', tierCode: 'GOLD' }),
      memberRow(6, { status: 'CHURNED', lifecycleStage: 'RETAINED' }),
    ],
    cars: [
      carRow(1, memberId(1)),
      carRow(2, memberId(2), { model: 'Taycan 4S', powertrain: 'EV' }),
      carRow(3, memberId(4)),
      carRow(4, memberId(4), { brand: 'BMW', model: 'i4 M50', powertrain: 'EV' }),
      carRow(5, memberId(5), { brand: 'BMW', model: 'X5 xDrive50e', powertrain: 'HYBRID' }),
      carRow(6, memberId(6), { brand: 'TESLA', model: 'Model S', powertrain: 'EV' }),
    ],
  });

  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('Query.member', () => {
  it('returns the member with the given id', async () => {
    const response = await gateway.request(`{ member(id: "${memberId(2)}") { id memberNumber displayName } }`, {
      as: { role: 'member', memberId: memberId(1) },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ member: { id: memberId(2), memberNumber: 2, displayName: 'Wei Zhang2' } });
  });

  it('gives an anonymous viewer the member without a name, as a list gives them no edges', async () => {
    const response = await gateway.request(`{ member(id: "${memberId(2)}") { id displayName } }`);
    expect(response.data).toEqual({ member: { id: memberId(2), displayName: null } });
    expect(response.errors).toEqual([
      {
        message: 'Only staff and members may read Member.displayName.',
        path: ['member', 'displayName'],
        extensions: { code: 'FORBIDDEN', field: 'Member.displayName', reason: 'MEMBER_DIRECTORY', serviceName: 'members' },
      },
    ]);
  });

  it('accepts an upper-case UUID', async () => {
    const response = await gateway.request(`{ member(id: "${memberId(2).toUpperCase()}") { id } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ member: { id: memberId(2) } });
  });

  it('returns null when no member has the id', async () => {
    const response = await gateway.request(`{ member(id: "${memberId(99)}") { id } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ member: null });
  });

  it('rejects a malformed id literal as BAD_USER_INPUT naming the argument', async () => {
    const response = await gateway.request('{ member(id: "42") { id } }');
    expect(response.data).toEqual({ member: null });
    expect(response.errors).toEqual([
      {
        message: 'Argument "id" must be a UUID; got "42".',
        path: ['member'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'id', serviceName: 'members' },
      },
    ]);
  });

  it('rejects a malformed id variable as BAD_USER_INPUT naming the argument', async () => {
    const response = await gateway.request('query Member($id: ID!) { member(id: $id) { id } }', {
      variables: { id: 'not-a-uuid' },
    });
    expect(response.data).toEqual({ member: null });
    expect(response.errors).toEqual([
      {
        message: 'Argument "id" must be a UUID; got "not-a-uuid".',
        path: ['member'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'id', serviceName: 'members' },
      },
    ]);
  });
});

describe('Query.me', () => {
  it('returns the member the token belongs to', async () => {
    const response = await gateway.request('{ me { id email } }', { as: { role: 'member', memberId: memberId(3) } });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ me: { id: memberId(3), email: 'member3@example.com' } });
  });

  it('returns null for a member token whose member does not exist', async () => {
    const response = await gateway.request('{ me { id } }', { as: { role: 'member', memberId: memberId(99) } });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ me: null });
  });

  it.each([
    ['an anonymous viewer', undefined],
    ['staff', staff],
    ['a partner', { role: 'partner', partnerId: '0000000b-0000-4000-8000-000000000001' } as const],
    ['an analyst', { role: 'analyst', subject: 'a1' } as const],
  ])('returns null for %s', async (_title, as) => {
    const response = await gateway.request('{ me { id } }', { as });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ me: null });
  });
});

describe('Query.members', () => {
  const listQuery = `query Members($filter: MemberFilter, $first: Int, $after: String) {
    members(filter: $filter, first: $first, after: $after) {
      totalCount
      edges { node { memberNumber } }
    }
  }`;

  /** The member numbers and total a filter selects. */
  async function numbersFor(filter: Record<string, string>) {
    const response = await gateway.request<
      { members: { totalCount: number; edges: Array<{ node: { memberNumber: number } }> } },
      unknown
    >(listQuery, { as: staff, variables: { filter } });
    expect(response.errors).toBeUndefined();
    const members = response.data?.members;
    return { numbers: members?.edges.map((edge) => edge.node.memberNumber), totalCount: members?.totalCount };
  }

  it('lists every member in order of member number without a filter', async () => {
    expect(await numbersFor({})).toEqual({ numbers: [1, 2, 3, 4, 5, 6], totalCount: 6 });
  });

  it.each([
    ['chapterId', { chapterId: 'shanghai' }, [1, 3, 5, 6]],
    ['tier', { tier: 'GOLD' }, [2, 5]],
    ['status', { status: 'ACTIVE' }, [1, 2, 5]],
    ['lifecycleStage', { lifecycleStage: 'RETAINED' }, [2, 6]],
    ['carBrand', { carBrand: 'PORSCHE' }, [1, 2, 4]],
    ['powertrain', { powertrain: 'EV' }, [2, 4, 6]],
  ])('filters by %s', async (_title, filter, numbers) => {
    expect(await numbersFor(filter)).toEqual({ numbers, totalCount: numbers.length });
  });

  it('lists a member with two matching cars once', async () => {
    await expect(numbersFor({ chapterId: 'shenzhen', carBrand: 'PORSCHE' })).resolves.toEqual({
      numbers: [4],
      totalCount: 1,
    });
  });

  it('requires one car to match both carBrand and powertrain', async () => {
    expect(await numbersFor({ carBrand: 'PORSCHE', powertrain: 'EV' })).toEqual({ numbers: [2], totalCount: 1 });
  });

  it('combines every filter with AND', async () => {
    expect(
      await numbersFor({ chapterId: 'shanghai', status: 'ACTIVE', tier: 'GOLD', lifecycleStage: 'MONETISED', carBrand: 'BMW', powertrain: 'HYBRID' }),
    ).toEqual({ numbers: [5], totalCount: 1 });
    expect(await numbersFor({ chapterId: 'shanghai', status: 'ACTIVE', powertrain: 'EV' })).toEqual({
      numbers: [],
      totalCount: 0,
    });
  });

  it('returns an empty page for a chapter with no members', async () => {
    expect(await numbersFor({ chapterId: 'beijing' })).toEqual({ numbers: [], totalCount: 0 });
  });

  const pageQuery = `query Page($filter: MemberFilter, $first: Int, $after: String) {
    members(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { memberNumber } }
    }
  }`;

  it('pages with cursors', async () => {
    const first = await gateway.request(pageQuery, { as: staff, variables: { first: 2 } });
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({
      members: {
        totalCount: 6,
        pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: cursorOf(1), endCursor: cursorOf(2) },
        edges: [
          { cursor: cursorOf(1), node: { memberNumber: 1 } },
          { cursor: cursorOf(2), node: { memberNumber: 2 } },
        ],
      },
    });

    const second = await gateway.request(pageQuery, { as: staff, variables: { first: 2, after: cursorOf(2) } });
    expect(second.errors).toBeUndefined();
    expect(second.data).toEqual({
      members: {
        totalCount: 6,
        pageInfo: { hasNextPage: true, hasPreviousPage: true, startCursor: cursorOf(3), endCursor: cursorOf(4) },
        edges: [
          { cursor: cursorOf(3), node: { memberNumber: 3 } },
          { cursor: cursorOf(4), node: { memberNumber: 4 } },
        ],
      },
    });

    const last = await gateway.request(pageQuery, { as: staff, variables: { first: 2, after: cursorOf(4) } });
    expect(last.errors).toBeUndefined();
    expect(last.data).toEqual({
      members: {
        totalCount: 6,
        pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: cursorOf(5), endCursor: cursorOf(6) },
        edges: [
          { cursor: cursorOf(5), node: { memberNumber: 5 } },
          { cursor: cursorOf(6), node: { memberNumber: 6 } },
        ],
      },
    });
  });

  it('pages within a filter, counting only the filtered members', async () => {
    const response = await gateway.request(pageQuery, {
      as: staff,
      variables: { filter: { chapterId: 'shanghai' }, first: 2, after: cursorOf(1) },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      members: {
        totalCount: 4,
        pageInfo: { hasNextPage: true, hasPreviousPage: true, startCursor: cursorOf(3), endCursor: cursorOf(5) },
        edges: [
          { cursor: cursorOf(3), node: { memberNumber: 3 } },
          { cursor: cursorOf(5), node: { memberNumber: 5 } },
        ],
      },
    });
  });

  it('returns an empty page with first: 0', async () => {
    const response = await gateway.request(pageQuery, { as: staff, variables: { first: 0 } });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      members: {
        totalCount: 6,
        pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
        edges: [],
      },
    });
  });

  it('does not count when totalCount is not selected', async () => {
    const { result, statements } = await database.countStatements(() =>
      gateway.request('{ members(first: 2) { edges { node { id } } } }', { as: staff }),
    );
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(1);
  });

  describe('with bad input', () => {
    /** The one error of a members request whose literal arguments are `args`. */
    async function errorFor(args: string) {
      const response = await gateway.request(`{ members(${args}) { totalCount } }`, { as: staff });
      expect(response.data).toEqual(null);
      expect(response.errors).toHaveLength(1);
      return response.errors?.[0];
    }

    it('rejects first above 500', async () => {
      expect(await errorFor('first: 501')).toEqual({
        message: 'Argument "first" must be between 0 and 500; got 501.',
        path: ['members'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'first', serviceName: 'members' },
      });
    });

    it('rejects a negative first', async () => {
      expect(await errorFor('first: -1')).toEqual({
        message: 'Argument "first" must be between 0 and 500; got -1.',
        path: ['members'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'first', serviceName: 'members' },
      });
    });

    it('rejects a cursor that is not base64 JSON', async () => {
      expect(await errorFor('after: "garbage!"')).toEqual({
        message: 'Argument "after" is not a cursor this list returned.',
        path: ['members'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'after', serviceName: 'members' },
      });
    });

    it('rejects a well-formed cursor of another list', async () => {
      const chapterCursor = Buffer.from(JSON.stringify(['shanghai'])).toString('base64url');
      expect(await errorFor(`after: "${chapterCursor}"`)).toEqual({
        message: 'Argument "after" is not a cursor this list returned.',
        path: ['members'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'after', serviceName: 'members' },
      });
    });

    it('rejects a malformed filter.chapterId', async () => {
      expect(await errorFor('filter: { chapterId: "Shang Hai" }')).toEqual({
        message: 'Argument "filter.chapterId" must be a lowercase slug of letters, digits and hyphens, such as "gold" or "shanghai"; got "Shang Hai".',
        path: ['members'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'filter.chapterId', serviceName: 'members' },
      });
    });

    it('rejects first above 500 given as a variable', async () => {
      const response = await gateway.request('query Page($first: Int) { members(first: $first) { totalCount } }', {
        variables: { first: 1000 },
      });
      expect(response.data).toEqual(null);
      expect(response.errors).toEqual([
        {
          message: 'Argument "first" must be between 0 and 500; got 1000.',
          path: ['members'],
          extensions: { code: 'BAD_USER_INPUT', argument: 'first', serviceName: 'members' },
        },
      ]);
    });

    it('rejects an unknown enum literal before any subgraph runs', async () => {
      const response = await gateway.request('{ members(filter: { status: RETIRED }) { totalCount } }', { as: staff });
      expect(response.data).toBeUndefined();
      expect(response.errors).toEqual([
        {
          message: 'Value "RETIRED" does not exist in "MemberStatus" enum.',
          locations: [{ line: 1, column: 29 }],
          extensions: { code: 'BAD_USER_INPUT', argument: 'filter.status' },
        },
      ]);
    });

    it('rejects an unknown enum variable before any subgraph runs', async () => {
      const response = await gateway.request(
        'query Members($filter: MemberFilter) { members(filter: $filter) { totalCount } }',
        { as: staff, variables: { filter: { status: 'RETIRED' } } },
      );
      expect(response.data).toBeUndefined();
      expect(response.errors).toEqual([
        {
          message:
            'Variable "$filter" got invalid value "RETIRED" at "filter.status"; Value "RETIRED" does not exist in "MemberStatus" enum.',
          locations: [{ line: 1, column: 15 }],
          extensions: { code: 'BAD_USER_INPUT', argument: 'filter.status' },
        },
      ]);
    });
  });
});
