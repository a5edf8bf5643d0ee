import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import {
  eventId,
  insertChapterLeads,
  insertChapters,
  insertEvents,
  insertRegistrations,
  memberId,
  registrationId,
  type RegistrationInput,
} from '../fixtures/events.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const staff: TokenSubject = { role: 'staff', subject: 's1' };
const roles = ['CHAIR', 'VICE_CHAIR', 'EVENTS_LEAD', 'PARTNERSHIPS_LEAD', 'MEMBERSHIP_LEAD'] as const;
/** Ten chapters, c00 to c09, each led by five members: members 1-5 lead c00. */
const chapterIds = Array.from({ length: 10 }, (_, index) => `c0${index}`);

/**
 * Members reach the events subgraph as references from the chapters subgraph
 * (a chapter's leads), as they would from the members subgraph. Every one of
 * the 50 members has three registrations, one for each of e1, e2, e3; member
 * 1's are at different times, the others' all at the same instant so that
 * the id breaks the tie.
 */
beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertChapters(db, chapterIds);
  await insertChapterLeads(
    db,
    chapterIds.flatMap((chapterId, chapter) =>
      roles.map((role, index) => ({ chapterId, role, memberId: memberId(chapter * 5 + index + 1) })),
    ),
  );
  await insertEvents(db, [
    { id: eventId(1), title: 'Spring salon', startsAt: new Date('2026-04-01T11:00:00Z') },
    { id: eventId(2), title: 'Summer track day', kind: 'TRACK_DAY', startsAt: new Date('2026-07-01T01:00:00Z') },
    { id: eventId(3), title: 'Autumn road trip', kind: 'ROAD_TRIP', startsAt: new Date('2026-10-01T01:00:00Z') },
  ]);
  const sameInstant = new Date('2026-03-01T08:00:00Z');
  const rows: RegistrationInput[] = [
    { id: registrationId(1), eventId: eventId(1), memberId: memberId(1), registeredAt: new Date('2026-03-01T08:00:00Z') },
    {
      id: registrationId(2),
      eventId: eventId(2),
      memberId: memberId(1),
      status: 'CANCELLED',
      registeredAt: new Date('2026-05-01T08:00:00Z'),
      cancelledAt: new Date('2026-05-02T08:00:00Z'),
    },
    { id: registrationId(3), eventId: eventId(3), memberId: memberId(1), registeredAt: new Date('2026-08-01T08:00:00Z') },
  ];
  for (let member = 2; member <= 50; member++) {
    for (let event = 1; event <= 3; event++) {
      rows.push({ id: registrationId(member * 10 + event), eventId: eventId(event), memberId: memberId(member), registeredAt: sameInstant });
    }
  }
  await insertRegistrations(db, rows);
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const errorsOf = (response: GraphQLResponse<unknown>) =>
  response.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }));

type LeadsData = {
  chapter: { leads: Array<{ member: { id: string; registrations: Array<{ id: string }> | null } }> } | null;
};

const leadsQuery = `query($chapterId: ID!, $status: RegistrationStatus, $first: Int) {
  chapter(id: $chapterId) {
    leads { member { id registrations(status: $status, first: $first) { id } } }
  }
}`;

async function registrationsOfLeads(variables: Record<string, unknown>, as: TokenSubject = staff) {
  return gateway.request<LeadsData, Record<string, unknown>>(leadsQuery, { variables: { chapterId: 'c00', ...variables }, as });
}

describe('Member.registrations', () => {
  it('lists the member\'s registrations newest first, with their events', async () => {
    const response = await gateway.request(
      `{ chapter(id: "c00") { leads { role member { registrations { id status registeredAt event { title } } } } } }`,
      { as: staff },
    );
    expect(response.errors).toBeUndefined();
    const chair = (response.data as { chapter: { leads: Array<{ role: string; member: unknown }> } }).chapter.leads.find(
      (lead) => lead.role === 'CHAIR',
    );
    expect(chair?.member).toEqual({
      registrations: [
        { id: registrationId(3), status: 'CONFIRMED', registeredAt: '2026-08-01T08:00:00.000Z', event: { title: 'Autumn road trip' } },
        { id: registrationId(2), status: 'CANCELLED', registeredAt: '2026-05-01T08:00:00.000Z', event: { title: 'Summer track day' } },
        { id: registrationId(1), status: 'CONFIRMED', registeredAt: '2026-03-01T08:00:00.000Z', event: { title: 'Spring salon' } },
      ],
    });
  });

  it('breaks ties of registration time by id, highest first', async () => {
    const response = await registrationsOfLeads({});
    const member2 = response.data?.chapter?.leads.find((lead) => lead.member.id === memberId(2));
    expect(member2?.member.registrations).toEqual([{ id: registrationId(23) }, { id: registrationId(22) }, { id: registrationId(21) }]);
  });

  it('returns at most first registrations of each member', async () => {
    const response = await registrationsOfLeads({ first: 1 });
    expect(response.errors).toBeUndefined();
    expect(response.data?.chapter?.leads.map((lead) => lead.member)).toEqual(
      [1, 2, 3, 4, 5].map((member) => ({
        id: memberId(member),
        registrations: [{ id: member === 1 ? registrationId(3) : registrationId(member * 10 + 3) }],
      })),
    );
  });

  it('returns only the registrations of the status asked for', async () => {
    const response = await registrationsOfLeads({ status: 'CANCELLED' });
    expect(response.data?.chapter?.leads.map((lead) => lead.member)).toEqual([
      { id: memberId(1), registrations: [{ id: registrationId(2) }] },
      ...[2, 3, 4, 5].map((member) => ({ id: memberId(member), registrations: [] })),
    ]);
  });

  it('shows a member their own registrations and refuses everyone else\'s, field by field', async () => {
    const response = await registrationsOfLeads({ first: 1 }, { role: 'member', memberId: memberId(2) });
    expect(response.data).toEqual({
      chapter: {
        leads: [
          { member: { id: memberId(1), registrations: null } },
          { member: { id: memberId(2), registrations: [{ id: registrationId(23) }] } },
          { member: { id: memberId(3), registrations: null } },
          { member: { id: memberId(4), registrations: null } },
          { member: { id: memberId(5), registrations: null } },
        ],
      },
    });
    const forbidden = (lead: number) => ({
      message: 'Only staff and the member themself may read Member.registrations.',
      path: ['chapter', 'leads', lead, 'member', 'registrations'],
      extensions: { code: 'FORBIDDEN', field: 'Member.registrations', reason: 'PERSONAL_DATA', serviceName: 'events' },
    });
    expect(errorsOf(response)).toEqual([forbidden(0), forbidden(2), forbidden(3), forbidden(4)]);
  });

  it.each<[string, TokenSubject | undefined]>([
    ['an anonymous viewer', undefined],
    ['a partner', { role: 'partner', partnerId: memberId(99) }],
    ['an analyst', { role: 'analyst', subject: 'a1' }],
  ])('is null with FORBIDDEN for %s', async (_viewer, as) => {
    const response = await gateway.request(`{ chapter(id: "c00") { leads { role member { registrations { id } } } } }`, { as });
    const leads = (response.data as LeadsData | null | undefined)?.chapter?.leads;
    expect(leads?.map((lead) => lead.member.registrations)).toEqual([null, null, null, null, null]);
    expect(response.errors?.map((error) => error.extensions)).toEqual(
      Array.from({ length: 5 }, () => ({
        code: 'FORBIDDEN',
        field: 'Member.registrations',
        reason: 'PERSONAL_DATA',
        serviceName: 'events',
      })),
    );
  });

  it('rejects a first above 500', async () => {
    const response = await gateway.request(
      `{ event(id: "${eventId(1)}") { registrations(first: 1) { edges { node { member { registrations(first: 501) { id } } } } } } }`,
      { as: staff },
    );
    expect(errorsOf(response)).toEqual([
      {
        message: 'Argument "first" must be between 0 and 500; got 501.',
        path: ['event', 'registrations', 'edges', 0, 'node', 'member', 'registrations'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'first', serviceName: 'events' },
      },
    ]);
  });

  it('sends as many statements for 50 members\' registrations with their events as for 5', async () => {
    const query = `query($first: Int) {
      chapters(first: $first) {
        edges { node { leads { member { registrations { status event { title startsAtLocal } } } } } }
      }
    }`;
    const five = await database.countStatements(() => gateway.request(query, { variables: { first: 1 }, as: staff }));
    const fifty = await database.countStatements(() => gateway.request(query, { variables: { first: 10 }, as: staff }));
    expect(five.result.errors).toBeUndefined();
    expect(fifty.result.errors).toBeUndefined();
    const registrationsOf = (result: GraphQLResponse<unknown>) =>
      (result.data as { chapters: { edges: Array<{ node: { leads: Array<{ member: { registrations: unknown[] } }> } }> } }).chapters.edges
        .flatMap((edge) => edge.node.leads)
        .reduce((sum, lead) => sum + lead.member.registrations.length, 0);
    expect({ five: registrationsOf(five.result), fifty: registrationsOf(fifty.result) }).toEqual({ five: 15, fifty: 150 });
    // Chapters, their leads, the members' registrations with their events.
    expect({ five: five.statements, fifty: fifty.statements }).toEqual({ five: 3, fifty: 3 });
  });

  it('sends as many statements for 50 registrants\' other registrations as for 5 within the events subgraph', async () => {
    const query = `query($first: Int) {
      event(id: "${eventId(2)}") {
        registrations(first: $first) { edges { node { member { registrations { event { title } } } } } }
      }
    }`;
    const five = await database.countStatements(() => gateway.request(query, { variables: { first: 5 }, as: staff }));
    const fifty = await database.countStatements(() => gateway.request(query, { variables: { first: 50 }, as: staff }));
    expect(five.result.errors).toBeUndefined();
    expect(fifty.result.errors).toBeUndefined();
    // The event, its registrations, the members' registrations with their events.
    expect({ five: five.statements, fifty: fifty.statements }).toEqual({ five: 3, fifty: 3 });
  });
});
