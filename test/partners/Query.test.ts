import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureUuid, insertPartner, insertSponsorship } from '../fixtures/partners.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

// Two partners share a name, so a page boundary between them needs the id.
const amanA = fixtureUuid(1);
const amanB = fixtureUuid(2);
const audi = fixtureUuid(3);
const bank = fixtureUuid(4);
const detailStudio = fixtureUuid(5);
const porsche = fixtureUuid(6);
const deal = fixtureUuid(101);

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertPartner(db, { id: porsche, name: 'Porsche', website: 'https://www.porsche.com', partnerSince: '2019-06-01' });
  await insertPartner(db, { id: amanB, name: 'Aman', kind: 'TRAVEL_HOSPITALITY' });
  await insertPartner(db, { id: detailStudio, name: 'Detail Studio', kind: 'LOCAL_SERVICE' });
  await insertPartner(db, { id: bank, name: 'Bank of Ningbo', kind: 'FINANCIAL' });
  await insertPartner(db, { id: audi, name: 'Audi' });
  await insertPartner(db, { id: amanA, name: 'Aman', kind: 'TRAVEL_HOSPITALITY' });
  await insertSponsorship(db, { id: deal, partnerId: porsche, level: 'TITLE', startsOn: '2026-03-01', endsOn: '2027-02-28' });
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const page = 'totalCount edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

describe('Query.partner', () => {
  it('returns the partner with its fields', async () => {
    const response = await gateway.request(`{ partner(id: "${porsche}") { id name kind website chapter { id } partnerSince } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      partner: {
        id: porsche,
        name: 'Porsche',
        kind: 'CAR_MAKER',
        website: 'https://www.porsche.com/',
        chapter: null,
        partnerSince: '2019-06-01',
      },
    });
  });

  it('returns null when no partner has the id', async () => {
    const response = await gateway.request(`{ partner(id: "${fixtureUuid(999)}") { id } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ partner: null });
  });

  it('rejects a malformed id naming the argument', async () => {
    const response = await gateway.request('{ partner(id: "porsche") { id } }');
    expect(response.data).toEqual({ partner: null });
    expect(response.errors).toEqual([
      {
        message: 'Argument "id" must be a UUID; got "porsche".',
        path: ['partner'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'id', serviceName: 'partners' },
      },
    ]);
  });
});

describe('Query.partners', () => {
  it('returns the partners by name, then id, with the total', async () => {
    const response = await gateway.request<{ partners: { edges: Array<{ cursor: string }> } }, never>(`{ partners { ${page} } }`);
    expect(response.errors).toBeUndefined();
    const cursors = response.data?.partners.edges.map((edge) => edge.cursor) ?? [];
    expect(response.data).toEqual({
      partners: {
        totalCount: 6,
        edges: [
          { cursor: cursors[0], node: { id: amanA, name: 'Aman' } },
          { cursor: cursors[1], node: { id: amanB, name: 'Aman' } },
          { cursor: cursors[2], node: { id: audi, name: 'Audi' } },
          { cursor: cursors[3], node: { id: bank, name: 'Bank of Ningbo' } },
          { cursor: cursors[4], node: { id: detailStudio, name: 'Detail Studio' } },
          { cursor: cursors[5], node: { id: porsche, name: 'Porsche' } },
        ],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: cursors[0], endCursor: cursors[5] },
      },
    });
  });

  it('walks the pages with cursors, also between two partners of the same name', async () => {
    interface Page {
      partners: {
        totalCount: number;
        edges: Array<{ node: { id: string } }>;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      };
    }
    const query =
      'query ($first: Int, $after: String) { partners(first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }';

    const ids: string[] = [];
    const pages: Array<{ hasNextPage: boolean; hasPreviousPage: boolean; totalCount: number }> = [];
    let after: string | null = null;
    for (const first of [1, 2, 5]) {
      const response: GraphQLResponse<Page> = await gateway.request<Page, { first: number; after: string | null }>(query, {
        variables: { first, after },
      });
      expect(response.errors).toBeUndefined();
      const partners = response.data!.partners;
      ids.push(...partners.edges.map((edge) => edge.node.id));
      const { hasNextPage, hasPreviousPage } = partners.pageInfo;
      pages.push({ hasNextPage, hasPreviousPage, totalCount: partners.totalCount });
      after = partners.pageInfo.endCursor;
    }

    expect(ids).toEqual([amanA, amanB, audi, bank, detailStudio, porsche]);
    expect(pages).toEqual([
      { hasNextPage: true, hasPreviousPage: false, totalCount: 6 },
      { hasNextPage: true, hasPreviousPage: true, totalCount: 6 },
      { hasNextPage: false, hasPreviousPage: true, totalCount: 6 },
    ]);
  });

  it('returns only the kind asked for, counting only that kind', async () => {
    const response = await gateway.request('{ partners(kind: CAR_MAKER) { totalCount edges { node { name kind } } } }');
    expect(response.data).toEqual({
      partners: { totalCount: 2, edges: [{ node: { name: 'Audi', kind: 'CAR_MAKER' } }, { node: { name: 'Porsche', kind: 'CAR_MAKER' } }] },
    });
  });

  it('returns an empty page with null cursors when nothing follows', async () => {
    const response = await gateway.request('{ partners(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage startCursor endCursor } } }');
    expect(response.data).toEqual({
      partners: { totalCount: 6, edges: [], pageInfo: { hasNextPage: true, startCursor: null, endCursor: null } },
    });
  });

  it('does not count the partners unless totalCount is asked for', async () => {
    const without = await database.countStatements(() => gateway.request('{ partners(first: 2) { edges { node { id } } } }'));
    const withCount = await database.countStatements(() => gateway.request('{ partners(first: 2) { totalCount } }'));
    expect(without.statements).toBe(1);
    expect(withCount.statements).toBe(2);
  });

  const badCursors: Array<[string, string]> = [
    ['not base64 JSON', 'not-a-cursor'],
    ['of the wrong length', Buffer.from(JSON.stringify(['Aman'])).toString('base64url')],
    ['without a UUID', Buffer.from(JSON.stringify(['Aman', 'aman'])).toString('base64url')],
    ['with a number for the name', Buffer.from(JSON.stringify([7, amanA])).toString('base64url')],
  ];
  it.each(badCursors)('rejects a cursor %s naming the argument', async (_how, after) => {
    const response = await gateway.request('query ($after: String) { partners(after: $after) { totalCount } }', { variables: { after } });
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      {
        message: 'Argument "after" is not a cursor this list returned.',
        path: ['partners'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'after', serviceName: 'partners' },
      },
    ]);
  });

  it('rejects a `first` above 500 naming the argument', async () => {
    const response = await gateway.request('{ partners(first: 501) { totalCount } }');
    expect(response.data).toBeNull();
    expect(response.errors?.map(({ path, extensions }) => ({ path, extensions }))).toEqual([
      { path: ['partners'], extensions: { code: 'BAD_USER_INPUT', argument: 'first', serviceName: 'partners' } },
    ]);
  });
});

describe('Query.sponsorship', () => {
  it('returns the sponsorship with its public fields', async () => {
    const response = await gateway.request(`{ sponsorship(id: "${deal}") { id level startsOn endsOn partner { id name } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      sponsorship: { id: deal, level: 'TITLE', startsOn: '2026-03-01', endsOn: '2027-02-28', partner: { id: porsche, name: 'Porsche' } },
    });
  });

  it('returns null when no sponsorship has the id', async () => {
    const response = await gateway.request(`{ sponsorship(id: "${fixtureUuid(999)}") { id } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ sponsorship: null });
  });

  it('rejects a malformed id naming the argument', async () => {
    const response = await gateway.request('{ sponsorship(id: "") { id } }');
    expect(response.data).toEqual({ sponsorship: null });
    expect(response.errors?.map(({ path, extensions }) => ({ path, extensions }))).toEqual([
      { path: ['sponsorship'], extensions: { code: 'BAD_USER_INPUT', argument: 'id', serviceName: 'partners' } },
    ]);
  });
});
