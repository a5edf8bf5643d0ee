import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { chapterRows, insertRegionsAndChapters } from '../fixtures/chapters.js';
import { insertChapterCopies, insertMemberCopies } from '../fixtures/events.js';
import { insertMembersWorld, memberId, memberRow } from '../fixtures/members.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const staff: TokenSubject = { role: 'staff', subject: 's1' };
const asMember = (id: string): TokenSubject => ({ role: 'member', memberId: id });
const hour = 3_600_000;

/** The Shanghai events lead, the Hangzhou events lead, and two Shanghai members who register. */
const shanghaiLead = memberId(10);
const hangzhouLead = memberId(11);
const [first, second] = [memberId(1), memberId(2)];

/** The Shanghai salon the Shanghai lead creates, starting within the hour so that check-in is open. */
let salon: string;

const errorsOf = (response: GraphQLResponse<unknown>) =>
  response.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }));

async function ok<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
  const answer = await response;
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

function appoint(chapterId: string, member: string) {
  return ok(
    gateway.request(`mutation ($chapterId: ID!, $memberId: ID!) { appointChapterLead(chapterId: $chapterId, memberId: $memberId, role: EVENTS_LEAD) { role } }`, {
      as: staff,
      variables: { chapterId, memberId: member },
    }),
  );
}

/** The event's registrations as `as` reads them, with what a lead needs to check members in. */
function registrationsOf(event: string, as: TokenSubject) {
  return gateway.request<{ event: { title: string; registrations: unknown } }, { id: string }>(
    `query ($id: ID!) { event(id: $id) { title registrations { totalCount edges { node { id status checkedInAt member { id displayName } } } } } }`,
    { as, variables: { id: event } },
  );
}

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertRegionsAndChapters(db);
  await insertChapterCopies(db, chapterRows.map((chapter) => chapter.id));
  await insertMembersWorld(db, {
    members: [memberRow(1), memberRow(2), memberRow(10), memberRow(11, { homeChapterId: 'hangzhou', city: 'Hangzhou' })],
  });
  await insertMemberCopies(db, [first, second].map((id) => ({ memberId: id })));
  gateway = await startTestGateway(database);

  // As the new user did: staff appoint the leads, the Shanghai lead creates
  // and publishes a salon, and two members register for it.
  await appoint('shanghai', shanghaiLead);
  await appoint('hangzhou', hangzhouLead);
  await gateway.events.drain();
  const created = await ok(
    gateway.request<{ createEvent: { id: string } }, Record<string, unknown>>(
      `mutation ($startsAt: DateTime!, $endsAt: DateTime!) {
        createEvent(input: { title: "Winter salon", kind: SALON, chapterId: "shanghai", capacity: 10, startsAt: $startsAt, endsAt: $endsAt,
          timeZone: "Asia/Shanghai", venue: { name: "The Bund Club", address: "1 Zhongshan Road East", city: "Shanghai" } }) { id } }`,
      { as: asMember(shanghaiLead), variables: { startsAt: new Date(Date.now() + hour).toISOString(), endsAt: new Date(Date.now() + 3 * hour).toISOString() } },
    ),
  );
  salon = created.createEvent.id;
  await ok(gateway.request(`mutation ($id: ID!) { publishEvent(id: $id) { status } }`, { as: asMember(shanghaiLead), variables: { id: salon } }));
  for (const member of [first, second]) {
    await ok(
      gateway.request(`mutation ($eventId: ID!, $memberId: ID!) { registerForEvent(eventId: $eventId, memberId: $memberId) { id } }`, {
        as: asMember(member),
        variables: { eventId: salon, memberId: member },
      }),
    );
  }
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('Event.registrations for a chapter lead', () => {
  it('lists the registrations of their chapter\'s event, whose ids they check members in with', async () => {
    const listed = await ok(registrationsOf(salon, asMember(shanghaiLead)));
    const edges = (listed.event.registrations as { edges: { node: { id: string } }[] }).edges;
    expect(listed).toEqual({
      event: {
        title: 'Winter salon',
        registrations: {
          totalCount: 2,
          edges: [
            { node: { id: edges[0]!.node.id, status: 'CONFIRMED', checkedInAt: null, member: { id: first, displayName: 'Wei Zhang1' } } },
            { node: { id: edges[1]!.node.id, status: 'CONFIRMED', checkedInAt: null, member: { id: second, displayName: 'Wei Zhang2' } } },
          ],
        },
      },
    });

    const checkedIn = await ok(
      gateway.request<{ checkIn: { status: string; checkedInAt: string; member: { id: string } } }, { id: string }>(
        `mutation ($id: ID!) { checkIn(registrationId: $id) { status checkedInAt member { id } } }`,
        { as: asMember(shanghaiLead), variables: { id: edges[0]!.node.id } },
      ),
    );
    expect(checkedIn).toEqual({ checkIn: { status: 'CONFIRMED', checkedInAt: expect.stringMatching(/Z$/), member: { id: first } } });
    const after = await ok(registrationsOf(salon, asMember(shanghaiLead)));
    const attended = (after.event.registrations as { edges: { node: { checkedInAt: string | null } }[] }).edges.map((edge) => edge.node.checkedInAt);
    expect(attended).toEqual([checkedIn.checkIn.checkedInAt, null]);
  });

  it.each<[string, TokenSubject]>([
    ['the lead of another chapter', asMember(hangzhouLead)],
    ['a member, even one registered', asMember(first)],
  ])('is null with FORBIDDEN for %s', async (_viewer, as) => {
    const response = await registrationsOf(salon, as);
    expect(response.data).toEqual({ event: { title: 'Winter salon', registrations: null } });
    expect(errorsOf(response)).toEqual([
      {
        message: 'Only staff and the leads of the event\'s chapter may read Event.registrations, and only staff those of a national event.',
        path: ['event', 'registrations'],
        extensions: { code: 'FORBIDDEN', field: 'Event.registrations', reason: 'STAFF_OR_CHAPTER_LEAD', serviceName: 'events' },
      },
    ]);
  });

  it('is FORBIDDEN to every lead for a national event, which only staff manage', async () => {
    const national = await ok(
      gateway.request<{ createEvent: { id: string } }, Record<string, unknown>>(
        `mutation ($startsAt: DateTime!, $endsAt: DateTime!) {
          createEvent(input: { title: "EV range talk", kind: ONLINE, capacity: 100, startsAt: $startsAt, endsAt: $endsAt, timeZone: "Asia/Shanghai" }) { id } }`,
        { as: staff, variables: { startsAt: new Date(Date.now() + hour).toISOString(), endsAt: new Date(Date.now() + 2 * hour).toISOString() } },
      ),
    );
    const id = national.createEvent.id;
    await ok(gateway.request(`mutation ($id: ID!) { publishEvent(id: $id) { status } }`, { as: staff, variables: { id } }));
    expect((await registrationsOf(id, staff)).data).toEqual({ event: { title: 'EV range talk', registrations: { totalCount: 0, edges: [] } } });
    const response = await registrationsOf(id, asMember(shanghaiLead));
    expect(response.data).toEqual({ event: { title: 'EV range talk', registrations: null } });
    expect(errorsOf(response)?.map((error) => error.extensions?.reason)).toEqual(['STAFF_OR_CHAPTER_LEAD']);
  });

  it('leaves the member\'s own part of a registration to staff and the member', async () => {
    const query = `query ($id: ID!) { event(id: $id) { registrations(first: 1) { edges { node { status pointsCharged cancellationReason rating { satisfaction } } } } } }`;
    const forbidden = (field: string) => ({
      message: `Only staff and the member themself may read ${field}.`,
      path: ['event', 'registrations', 'edges', 0, 'node', field.split('.')[1]!],
      extensions: { code: 'FORBIDDEN', field, reason: 'PERSONAL_DATA', serviceName: 'events' },
    });

    const asLead = await gateway.request(query, { as: asMember(shanghaiLead), variables: { id: salon } });
    expect(asLead.data).toEqual({
      event: { registrations: { edges: [{ node: { status: 'CONFIRMED', pointsCharged: null, cancellationReason: null, rating: null } }] } },
    });
    expect(errorsOf(asLead)).toEqual([
      forbidden('Registration.pointsCharged'),
      forbidden('Registration.cancellationReason'),
      forbidden('Registration.rating'),
    ]);

    const asStaff = await gateway.request(query, { as: staff, variables: { id: salon } });
    expect(asStaff.errors).toBeUndefined();
    expect(asStaff.data).toEqual({
      event: { registrations: { edges: [{ node: { status: 'CONFIRMED', pointsCharged: null, cancellationReason: null, rating: null } }] } },
    });
  });

  it('follows the roles: a member appointed later reads them, and one removed no longer does', async () => {
    await ok(
      gateway.request(`mutation ($memberId: ID!) { removeChapterLead(chapterId: "hangzhou", memberId: $memberId, role: EVENTS_LEAD) { role } }`, {
        as: staff,
        variables: { memberId: hangzhouLead },
      }),
    );
    await appoint('shanghai', hangzhouLead);
    await gateway.events.drain();
    expect((await registrationsOf(salon, asMember(hangzhouLead))).errors).toBeUndefined();

    await ok(
      gateway.request(`mutation ($memberId: ID!) { removeChapterLead(chapterId: "shanghai", memberId: $memberId, role: EVENTS_LEAD) { role } }`, {
        as: staff,
        variables: { memberId: hangzhouLead },
      }),
    );
    await gateway.events.drain();
    expect(errorsOf(await registrationsOf(salon, asMember(hangzhouLead)))?.map((error) => error.extensions?.reason)).toEqual(['STAFF_OR_CHAPTER_LEAD']);
  });
});
