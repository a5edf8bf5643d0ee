import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { chapterRows, insertRegionsAndChapters } from '../fixtures/chapters.js';
import { insertChapterCopies, memberId } from '../fixtures/events.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const staff: TokenSubject = { role: 'staff', subject: 's1' };
const lead = memberId(1);

beforeAll(async () => {
  database = await openTestDatabase();
  await insertRegionsAndChapters(database.handle.db);
  await insertChapterCopies(database.handle.db, chapterRows.map((chapter) => chapter.id));
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const errorsOf = (response: GraphQLResponse<unknown>) =>
  response.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }));

async function rowsOf<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await database.handle.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

function appoint(variables: Record<string, unknown>, as: TokenSubject = staff) {
  return gateway.request<{ appointChapterLead: unknown }, Record<string, unknown>>(
    `mutation ($chapterId: ID!, $memberId: ID!, $role: ChapterRole!, $since: Date) {
      appointChapterLead(chapterId: $chapterId, memberId: $memberId, role: $role, since: $since) { chapter { id name } member { id } role since }
    }`,
    { as, variables },
  );
}

function remove(variables: Record<string, unknown>, as: TokenSubject = staff) {
  return gateway.request<{ removeChapterLead: unknown }, Record<string, unknown>>(
    `mutation ($chapterId: ID!, $memberId: ID!, $role: ChapterRole!) {
      removeChapterLead(chapterId: $chapterId, memberId: $memberId, role: $role) { chapter { id } member { id } role since }
    }`,
    { as, variables },
  );
}

/** The lead domain events recorded, oldest first, without their times. */
async function leadEvents() {
  const rows = await rowsOf<{ type: string; payload: Record<string, unknown> }>(
    sql`select type, payload from bus.domain_events where type like 'chapters.Lead%' order by sequence`,
  );
  return rows.map(({ type, payload }) => {
    const { appointedAt, removedAt, ...rest } = payload;
    return { type, payload: rest, at: typeof (appointedAt ?? removedAt) };
  });
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Whether the lead may create an event of the chapter, which the events subgraph decides from its copy. */
async function mayCreateEventIn(chapterId: string): Promise<boolean> {
  await gateway.events.drain();
  const response = await gateway.request(
    `mutation ($chapterId: ID!, $startsAt: DateTime!, $endsAt: DateTime!) {
      createEvent(input: { title: "Coffee run", kind: ROAD_TRIP, chapterId: $chapterId, startsAt: $startsAt, endsAt: $endsAt,
        timeZone: "Asia/Shanghai", capacity: 10, venue: { name: "Lakeside", address: "West Lake", city: "Hangzhou" } }) { id } }`,
    // A month from now: events are set in the future.
    { as: { role: 'member', memberId: lead }, variables: { chapterId, startsAt: inDays(30), endsAt: inDays(30.2) } },
  );
  return response.errors === undefined;
}

describe('Mutation.appointChapterLead', () => {
  it('gives a member a role, records LeadAppointed, and lets them manage the chapter\'s events', async () => {
    expect(await mayCreateEventIn('hangzhou')).toBe(false);
    const response = await appoint({ chapterId: 'hangzhou', memberId: lead, role: 'EVENTS_LEAD', since: '2026-11-01' });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      appointChapterLead: { chapter: { id: 'hangzhou', name: 'Hangzhou Chapter' }, member: { id: lead }, role: 'EVENTS_LEAD', since: '2026-11-01' },
    });
    expect(await leadEvents()).toEqual([
      { type: 'chapters.LeadAppointed', payload: { chapterId: 'hangzhou', memberId: lead, role: 'EVENTS_LEAD', since: '2026-11-01' }, at: 'string' },
    ]);
    const leads = await gateway.request(`{ chapter(id: "hangzhou") { leads { member { id } role } } }`);
    expect(leads.data).toEqual({ chapter: { leads: [{ member: { id: lead }, role: 'EVENTS_LEAD' }] } });
    expect(await mayCreateEventIn('hangzhou')).toBe(true);
    expect(await mayCreateEventIn('shanghai')).toBe(false);
  });

  it('refuses a role the member holds already', async () => {
    expect(errorsOf(await appoint({ chapterId: 'hangzhou', memberId: lead, role: 'EVENTS_LEAD' }))).toEqual([
      {
        message: 'The member already holds the role EVENTS_LEAD in Hangzhou Chapter.',
        path: ['appointChapterLead'],
        extensions: { code: 'CONFLICT', reason: 'ALREADY_LEAD', serviceName: 'chapters' },
      },
    ]);
  });

  it('names an unknown chapter, and refuses anyone but staff', async () => {
    expect(errorsOf(await appoint({ chapterId: 'lhasa', memberId: lead, role: 'CHAIR' }))).toEqual([
      { message: 'No chapter has id "lhasa".', path: ['appointChapterLead'], extensions: { code: 'NOT_FOUND', argument: 'chapterId', serviceName: 'chapters' } },
    ]);
    expect(errorsOf(await appoint({ chapterId: 'hangzhou', memberId: lead, role: 'CHAIR' }, { role: 'member', memberId: lead }))).toEqual([
      {
        message: 'Only staff may call Mutation.appointChapterLead.',
        path: ['appointChapterLead'],
        extensions: { code: 'FORBIDDEN', field: 'Mutation.appointChapterLead', reason: 'STAFF_ONLY', serviceName: 'chapters' },
      },
    ]);
  });
});

describe('Mutation.removeChapterLead', () => {
  it('takes the role, records LeadRemoved, and ends the member\'s management of the chapter\'s events', async () => {
    const response = await remove({ chapterId: 'hangzhou', memberId: lead, role: 'EVENTS_LEAD' });
    expect(response.data).toEqual({
      removeChapterLead: { chapter: { id: 'hangzhou' }, member: { id: lead }, role: 'EVENTS_LEAD', since: '2026-11-01' },
    });
    expect((await leadEvents()).at(-1)).toEqual({
      type: 'chapters.LeadRemoved',
      payload: { chapterId: 'hangzhou', memberId: lead, role: 'EVENTS_LEAD' },
      at: 'string',
    });
    expect(await mayCreateEventIn('hangzhou')).toBe(false);
  });

  it('names the member when they do not hold the role', async () => {
    expect(errorsOf(await remove({ chapterId: 'hangzhou', memberId: lead, role: 'EVENTS_LEAD' }))).toEqual([
      {
        message: 'The member holds no role EVENTS_LEAD in the chapter "hangzhou".',
        path: ['removeChapterLead'],
        extensions: { code: 'NOT_FOUND', argument: 'memberId', serviceName: 'chapters' },
      },
    ]);
  });
});
