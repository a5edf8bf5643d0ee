import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChapterRosterDocument } from '../../src/client/generated/graphql.js';
import { seedClub } from '../../src/seed/seedClub.js';
import { rowsOf } from '../support/membershipClient.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

const staff = { role: 'staff', subject: 'roster-test' } as const;

let database: TestDatabase;
let gateway: TestGateway;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedClub(database.handle, { members: 600, seed: 11 });
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

/** Reads rows with plain SQL, independently of the resolvers under test. */
async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await database.handle.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** What the roster must show for one chapter, built straight from the tables. */
async function expectedRoster(chapterId: string, first: number) {
  const members = await rows<{ id: string; member_number: number; display_name: string; status: string }>(sql`
    select id, member_number, display_name, status::text from members.members
    where home_chapter_id = ${chapterId} order by member_number limit ${first}`);
  const ids = members.map((member) => member.id);
  const idList = sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);

  const tiers = await rows<{ member_id: string; code: string; name: string }>(sql`
    select s.member_id, t.code::text, t.name from loyalty.member_standings s
    join loyalty.tiers t on t.id = s.tier_id where s.member_id in (${idList})`);
  const cars = await rows<{ member_id: string; brand: string; model: string; powertrain: string }>(sql`
    select member_id, brand::text, model, powertrain::text from members.cars
    where member_id in (${idList}) order by member_id, registered_at, id`);
  const balances = await rows<{ member_id: string; balance: number }>(sql`
    select member_id, sum(points)::int as balance from loyalty.points_entries
    where member_id in (${idList}) group by member_id`);
  const registrations = await rows<{ member_id: string; registered_at: string; title: string; kind: string; starts_at: string }>(sql`
    select r.member_id, r.registered_at, e.title, e.kind::text, e.starts_at from events.registrations r
    join events.events e on e.id = r.event_id
    where r.member_id in (${idList}) and r.status = 'CONFIRMED'
    order by r.member_id, r.registered_at desc, r.id desc`);
  const [total] = await rows<{ total: number }>(sql`
    select count(*)::int as total from members.members where home_chapter_id = ${chapterId}`);

  const iso = (value: string | Date) => new Date(value).toISOString();
  return {
    total: total!.total,
    members: members.map((member) => {
      const tier = tiers.find((row) => row.member_id === member.id);
      return {
        id: member.id,
        memberNumber: member.member_number,
        displayName: member.display_name,
        status: member.status,
        tier: tier ? { code: tier.code, name: tier.name } : null,
        cars: cars
          .filter((car) => car.member_id === member.id)
          .map(({ brand, model, powertrain }) => ({ brand, model, powertrain })),
        pointsBalance: balances.find((row) => row.member_id === member.id)?.balance ?? 0,
        registrations: registrations
          .filter((row) => row.member_id === member.id)
          .slice(0, 5)
          .map((row) => ({
            registeredAt: iso(row.registered_at),
            event: { title: row.title, kind: row.kind, startsAt: iso(row.starts_at) },
          })),
      };
    }),
  };
}

describe('the Shanghai roster through the gateway', () => {
  it('returns the first 50 members with tier, cars, points balance and confirmed events', async () => {
    const response = await gateway.request(ChapterRosterDocument, { variables: { chapterId: 'shanghai' }, as: staff });
    expect(response.errors).toBeUndefined();

    const expected = await expectedRoster('shanghai', 50);
    const roster = response.data!.chapter!;
    expect(roster.name).toBe('Shanghai Chapter');
    expect(roster.region).toEqual({ name: 'East China' });
    expect(roster.members.totalCount).toBe(expected.total);
    expect(roster.members.pageInfo.hasNextPage).toBe(expected.total > 50);
    expect(roster.members.edges!.map((edge) => edge.node)).toEqual(expected.members);
  });

  it('shows seeded data of every kind the roster asks for', async () => {
    const response = await gateway.request(ChapterRosterDocument, { variables: { chapterId: 'shanghai' }, as: staff });
    const members = response.data!.chapter!.members.edges!.map((edge) => edge.node);
    expect(members).toHaveLength(50);
    expect(members.some((member) => member.tier !== null)).toBe(true);
    expect(members.some((member) => (member.cars ?? []).length > 0)).toBe(true);
    expect(members.some((member) => (member.pointsBalance ?? 0) > 0)).toBe(true);
    expect(members.some((member) => (member.registrations ?? []).length > 0)).toBe(true);
  });

  it('pages on from the end cursor without repeating a member', async () => {
    const first = await gateway.request(ChapterRosterDocument, { variables: { chapterId: 'shanghai', first: 20 }, as: staff });
    const cursor = first.data!.chapter!.members.pageInfo.endCursor;
    const second = await gateway.request(ChapterRosterDocument, {
      variables: { chapterId: 'shanghai', first: 20, after: cursor },
      as: staff,
    });
    const expected = await expectedRoster('shanghai', 40);
    expect(second.data!.chapter!.members.edges!.map((edge) => edge.node.memberNumber)).toEqual(
      expected.members.slice(20, 40).map((member) => member.memberNumber),
    );
  });

  it('hides the private fields from another member and keeps the rest', async () => {
    // An ACTIVE member of another chapter: in the club, so the directory is open, but none of these is theirs.
    const [beijinger] = await rowsOf<{ id: string }>(database, sql`select id from members.members where status = 'ACTIVE' and home_chapter_id = 'beijing' order by member_number limit 1`);
    const otherMember = { role: 'member', memberId: beijinger!.id } as const;
    const response = await gateway.request(ChapterRosterDocument, {
      variables: { chapterId: 'shanghai', first: 2 },
      as: otherMember,
    });
    const members = response.data!.chapter!.members.edges!.map((edge) => edge.node);
    expect(members.map((member) => [member.pointsBalance, member.registrations])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(members.every((member) => member.cars !== null && (member.displayName ?? '').length > 0)).toBe(true);
    expect(response.errors?.map((error) => [error.path, error.extensions?.code]).sort()).toEqual([
      [['chapter', 'members', 'edges', 0, 'node', 'pointsBalance'], 'FORBIDDEN'],
      [['chapter', 'members', 'edges', 0, 'node', 'registrations'], 'FORBIDDEN'],
      [['chapter', 'members', 'edges', 1, 'node', 'pointsBalance'], 'FORBIDDEN'],
      [['chapter', 'members', 'edges', 1, 'node', 'registrations'], 'FORBIDDEN'],
    ]);
  });

  it('gives an anonymous viewer the member count but not the roster', async () => {
    const response = await gateway.request(
      `{ chapter(id: "shanghai") { name members(first: 2) { totalCount edges { node { displayName } } } } }`,
    );
    const expected = await expectedRoster('shanghai', 2);
    expect(response.data).toEqual({ chapter: { name: 'Shanghai Chapter', members: { totalCount: expected.total, edges: null } } });
    expect(response.errors).toEqual([
      {
        message: 'Only staff and members may read MemberConnection.edges.',
        path: ['chapter', 'members', 'edges'],
        extensions: { code: 'FORBIDDEN', field: 'MemberConnection.edges', reason: 'MEMBER_DIRECTORY', serviceName: 'members' },
      },
    ]);
  });
});

describe('statements per request', () => {
  const page = `query Page($first: Int) {
    members(first: $first) {
      edges { node { id displayName cars { model plate } tier { name } homeChapter { name region { name } } } }
    }
  }`;

  it('stay the same for a page of 10 and of 200 members with cars, tier and chapter', async () => {
    const small = await database.countStatements(() => gateway.request(page, { variables: { first: 10 }, as: staff }));
    const large = await database.countStatements(() => gateway.request(page, { variables: { first: 200 }, as: staff }));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    expect((large.result.data as { members: { edges: unknown[] } }).members.edges).toHaveLength(200);
    expect(large.statements).toBe(small.statements);
    // The members page, their cars, their standings with tiers, their chapters with regions.
    expect(small.statements).toBe(4);
  });

  it('stay the same for the roster of 10 and of 200 members', async () => {
    const small = await database.countStatements(() =>
      gateway.request(ChapterRosterDocument, { variables: { chapterId: 'shanghai', first: 10 }, as: staff }),
    );
    const large = await database.countStatements(() =>
      gateway.request(ChapterRosterDocument, { variables: { chapterId: 'shanghai', first: 200 }, as: staff }),
    );
    expect(large.statements).toBe(small.statements);
    // Chapter with region; members page with total; cars; standings with tiers;
    // ledger sums; registrations with events.
    expect(small.statements).toBe(6);
  });
});
