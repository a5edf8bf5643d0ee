import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { insertChapterLead, insertRegionsAndChapters } from '../fixtures/chapters.js';
import { carId, carRow, insertMembersWorld, memberId, memberRow, termId, termRow } from '../fixtures/members.js';
import { tablesRead } from '../support/tablesRead.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const self: TokenSubject = { role: 'member', memberId: memberId(1) };
const anotherMember: TokenSubject = { role: 'member', memberId: memberId(2) };
const staff: TokenSubject = { role: 'staff', subject: 's1' };
const partner: TokenSubject = { role: 'partner', partnerId: '0000000b-0000-4000-8000-000000000001' };
const analyst: TokenSubject = { role: 'analyst', subject: 'a1' };

/** A "YYYY-MM-DD" date `days` away from today's UTC date. */
function utcDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const currentTermStart = utcDay(-30);
const currentTermEnd = utcDay(335);

/** The FORBIDDEN error a personal field reports at `path`. */
function forbidden(field: string, path: (string | number)[]) {
  return {
    message: `Only staff and the member themself may read ${field}.`,
    path,
    extensions: { code: 'FORBIDDEN', field, reason: 'PERSONAL_DATA', serviceName: 'members' },
  };
}

/** The FORBIDDEN error a field of the club directory reports at `path` to a viewer outside the club. */
function outsideTheClub(field: string, path: (string | number)[]) {
  return {
    message: `Only staff and members may read ${field}.`,
    path,
    extensions: { code: 'FORBIDDEN', field, reason: 'MEMBER_DIRECTORY', serviceName: 'members' },
  };
}

const outsiders: [string, TokenSubject | undefined][] = [
  ['an anonymous viewer', undefined],
  ['a partner', partner],
  ['an analyst', analyst],
];

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertRegionsAndChapters(db);

  // Member 1 has three terms, the last of them running today; member 2 was
  // referred by member 1 and has no term; member 3 is a prospect with no
  // personal data on file.
  await insertMembersWorld(db, {
    members: [
      memberRow(1, {
        lifecycleStage: 'MONETISED',
        retainedAt: new Date('2025-01-20T09:00:00.000Z'),
        monetisedAt: new Date('2025-03-05T12:30:00.000Z'),
        joinedOn: '2023-02-01',
        consentPartnerOffers: true,
      }),
      memberRow(2, { referrerId: memberId(1), language: 'en', city: 'Suzhou' }),
      memberRow(3, {
        status: 'PROSPECT',
        lifecycleStage: 'REACHED',
        email: null,
        phone: null,
        birthday: null,
        activatedAt: null,
        joinedOn: null,
        tierCode: null,
      }),
    ],
    cars: [
      carRow(11, memberId(1), { model: 'Taycan 4S', powertrain: 'EV', registeredAt: new Date('2024-05-01T00:00:00Z') }),
      carRow(10, memberId(1), { registeredAt: new Date('2023-01-15T00:00:00Z') }),
      carRow(20, memberId(2), { brand: 'BMW', model: 'M3', plate: null }),
    ],
    terms: [
      termRow(2, memberId(1)),
      termRow(1, memberId(1), { startsOn: '2023-02-01', endsOn: '2024-01-31', outcomeAt: new Date('2024-01-25T09:00:00Z') }),
      termRow(3, memberId(1), {
        startsOn: currentTermStart,
        endsOn: currentTermEnd,
        feePlanId: 'premium',
        duesMinor: 388_000,
        duesPaidAt: null,
        outcome: 'OPEN',
        outcomeAt: null,
      }),
    ],
  });
  await insertChapterLead(db, { chapterId: 'shanghai', memberId: memberId(1), role: 'CHAIR' });
  await insertChapterLead(db, { chapterId: 'shanghai', memberId: memberId(2), role: 'EVENTS_LEAD' });

  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('Member', () => {
  it('resolves the profile, consents, stages and home chapter', async () => {
    const response = await gateway.request(
      `{ member(id: "${memberId(1)}") {
        id memberNumber givenName familyName displayName email phone birthday city language
        consents { marketing partnerOffers eventPhotos }
        homeChapter { id name }
        status lifecycleStage
        stages { reachedAt activatedAt retainedAt monetisedAt }
        joinedOn
      } }`,
      { as: staff },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      member: {
        id: memberId(1),
        memberNumber: 1,
        givenName: 'Wei',
        familyName: 'Zhang1',
        displayName: 'Wei Zhang1',
        email: 'member1@example.com',
        phone: '+8613800100001',
        birthday: '1985-06-15',
        city: 'Shanghai',
        language: 'zh-CN',
        consents: { marketing: true, partnerOffers: true, eventPhotos: true },
        homeChapter: { id: 'shanghai', name: 'Shanghai Chapter' },
        status: 'ACTIVE',
        lifecycleStage: 'MONETISED',
        stages: {
          reachedAt: '2024-01-10T08:00:00.000Z',
          activatedAt: '2024-02-01T10:00:00.000Z',
          retainedAt: '2025-01-20T09:00:00.000Z',
          monetisedAt: '2025-03-05T12:30:00.000Z',
        },
        joinedOn: '2023-02-01',
      },
    });
  });

  it('resolves stages not reached, a missing join date and missing personal data as null', async () => {
    const response = await gateway.request(
      `{ member(id: "${memberId(3)}") { status email phone birthday joinedOn stages { reachedAt activatedAt retainedAt monetisedAt } } }`,
      { as: staff },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      member: {
        status: 'PROSPECT',
        email: null,
        phone: null,
        birthday: null,
        joinedOn: null,
        stages: { reachedAt: '2024-01-10T08:00:00.000Z', activatedAt: null, retainedAt: null, monetisedAt: null },
      },
    });
  });
});

describe('Member.stages, Member.stageHistory and Member.consents', () => {
  const query = `{ member(id: "${memberId(1)}") {
    stages { reachedAt activatedAt retainedAt monetisedAt } stageHistory { stage }
    consents { marketing partnerOffers eventPhotos }
  } }`;

  it.each([...outsiders, ['another member', anotherMember] as [string, TokenSubject]])(
    'are FORBIDDEN to %s: the stage dates are the stage history',
    async (_title, as) => {
      const response = await gateway.request(query, { as });
      expect(response.data).toEqual({ member: { stages: null, stageHistory: null, consents: null } });
      expect(response.errors).toEqual([
        forbidden('Member.stages', ['member', 'stages']),
        forbidden('Member.stageHistory', ['member', 'stageHistory']),
        forbidden('Member.consents', ['member', 'consents']),
      ]);
    },
  );

  it('resolve for the member themself', async () => {
    const response = await gateway.request(query, { as: self });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      member: {
        stages: {
          reachedAt: '2024-01-10T08:00:00.000Z',
          activatedAt: '2024-02-01T10:00:00.000Z',
          retainedAt: '2025-01-20T09:00:00.000Z',
          monetisedAt: '2025-03-05T12:30:00.000Z',
        },
        stageHistory: [{ stage: 'REACHED' }, { stage: 'ACTIVATED' }, { stage: 'RETAINED' }, { stage: 'MONETISED' }],
        consents: { marketing: true, partnerOffers: true, eventPhotos: true },
      },
    });
  });
});

describe('the club directory', () => {
  const profile = 'id memberNumber givenName familyName displayName city language joinedOn status lifecycleStage homeChapter { id }';
  const directory = {
    memberNumber: 2,
    givenName: 'Wei',
    familyName: 'Zhang2',
    displayName: 'Wei Zhang2',
    city: 'Suzhou',
    language: 'en',
    joinedOn: '2024-02-01',
    status: 'ACTIVE',
    lifecycleStage: 'ACTIVATED',
  };

  it('shows another member the profile, today\'s standing and the home chapter', async () => {
    const response = await gateway.request(`{ member(id: "${memberId(2)}") { ${profile} } }`, { as: self });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ member: { id: memberId(2), ...directory, homeChapter: { id: 'shanghai' } } });
  });

  it('shows a member in a list as it shows them looked up', async () => {
    const response = await gateway.request(`{ members(first: 1, after: "WzFd") { edges { node { ${profile} } } } }`, { as: self });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ members: { edges: [{ node: { id: memberId(2), ...directory, homeChapter: { id: 'shanghai' } } }] } });
  });

  it.each(outsiders)('gives %s the id and home chapter only: nobody outside the club reads a name', async (_title, as) => {
    const response = await gateway.request(`{ member(id: "${memberId(2)}") { ${profile} } }`, { as });
    expect(response.data).toEqual({
      member: {
        id: memberId(2),
        ...Object.fromEntries(Object.keys(directory).map((field) => [field, null])),
        homeChapter: { id: 'shanghai' },
      },
    });
    expect(response.errors).toEqual(Object.keys(directory).map((field) => outsideTheClub(`Member.${field}`, ['member', field])));
  });
});

describe('Member.cars', () => {
  it('lists the cars oldest registration first', async () => {
    const response = await gateway.request(`{ member(id: "${memberId(1)}") { cars { id model owner { id } } } }`, { as: anotherMember });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      member: {
        cars: [
          { id: carId(10), model: '911 Carrera', owner: { id: memberId(1) } },
          { id: carId(11), model: 'Taycan 4S', owner: { id: memberId(1) } },
        ],
      },
    });
  });

  it('returns an empty list for a member without cars', async () => {
    const response = await gateway.request(`{ member(id: "${memberId(3)}") { cars { id } } }`, { as: anotherMember });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ member: { cars: [] } });
  });

  it.each(outsiders)('is FORBIDDEN to %s: what a member drives singles them out', async (_title, as) => {
    const response = await gateway.request(`{ member(id: "${memberId(1)}") { id cars { model } } }`, { as });
    expect(response.data).toEqual({ member: { id: memberId(1), cars: null } });
    expect(response.errors).toEqual([outsideTheClub('Member.cars', ['member', 'cars'])]);
  });
});

describe('Member.referrer', () => {
  it('returns the referring member', async () => {
    const response = await gateway.request(`{ member(id: "${memberId(2)}") { referrer { id displayName } } }`, { as: anotherMember });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ member: { referrer: { id: memberId(1), displayName: 'Wei Zhang1' } } });
  });

  it('returns null for a member who came without a referral', async () => {
    const response = await gateway.request(`{ member(id: "${memberId(1)}") { referrer { id } } }`, { as: anotherMember });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ member: { referrer: null } });
  });

  it("refuses the referrer's email to the referred member", async () => {
    const response = await gateway.request(`{ member(id: "${memberId(2)}") { email referrer { id email } } }`, {
      as: anotherMember,
    });
    expect(response.data).toEqual({ member: { email: 'member2@example.com', referrer: { id: memberId(1), email: null } } });
    expect(response.errors).toEqual([forbidden('Member.email', ['member', 'referrer', 'email'])]);
  });

  it.each(outsiders)('is FORBIDDEN to %s', async (_title, as) => {
    const response = await gateway.request(`{ member(id: "${memberId(2)}") { id referrer { id } } }`, { as });
    expect(response.data).toEqual({ member: { id: memberId(2), referrer: null } });
    expect(response.errors).toEqual([outsideTheClub('Member.referrer', ['member', 'referrer'])]);
  });
});

describe('Member.email, Member.phone and Member.birthday', () => {
  const query = `{ member(id: "${memberId(1)}") { id displayName email phone birthday } }`;

  it('are FORBIDDEN to another member while the other fields resolve', async () => {
    const response = await gateway.request(query, { as: anotherMember });
    expect(response.data).toEqual({
      member: { id: memberId(1), displayName: 'Wei Zhang1', email: null, phone: null, birthday: null },
    });
    expect(response.errors).toEqual([
      forbidden('Member.email', ['member', 'email']),
      forbidden('Member.phone', ['member', 'phone']),
      forbidden('Member.birthday', ['member', 'birthday']),
    ]);
  });

  it.each(outsiders)('are FORBIDDEN to %s, and so is the name, while the id resolves', async (_title, as) => {
    const response = await gateway.request(query, { as });
    expect(response.data).toEqual({
      member: { id: memberId(1), displayName: null, email: null, phone: null, birthday: null },
    });
    expect(response.errors).toEqual([
      outsideTheClub('Member.displayName', ['member', 'displayName']),
      forbidden('Member.email', ['member', 'email']),
      forbidden('Member.phone', ['member', 'phone']),
      forbidden('Member.birthday', ['member', 'birthday']),
    ]);
  });

  it.each([
    ['staff', staff],
    ['the member themself', self],
  ])('resolve for %s', async (_title, as) => {
    const response = await gateway.request(query, { as });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      member: {
        id: memberId(1),
        displayName: 'Wei Zhang1',
        email: 'member1@example.com',
        phone: '+8613800100001',
        birthday: '1985-06-15',
      },
    });
  });

  it('hold on the entity fetch from a chapter lead', async () => {
    const response = await gateway.request(
      '{ chapter(id: "shanghai") { leads { role member { id displayName email } } } }',
      { as: anotherMember },
    );
    expect(response.data).toEqual({
      chapter: {
        leads: [
          { role: 'CHAIR', member: { id: memberId(1), displayName: 'Wei Zhang1', email: null } },
          { role: 'EVENTS_LEAD', member: { id: memberId(2), displayName: 'Wei Zhang2', email: 'member2@example.com' } },
        ],
      },
    });
    expect(response.errors).toEqual([forbidden('Member.email', ['chapter', 'leads', 0, 'member', 'email'])]);
  });

  it('resolve on the entity fetch from a chapter lead for staff', async () => {
    const response = await gateway.request('{ chapter(id: "shanghai") { leads { member { email phone } } } }', {
      as: staff,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      chapter: {
        leads: [
          { member: { email: 'member1@example.com', phone: '+8613800100001' } },
          { member: { email: 'member2@example.com', phone: '+8613800100002' } },
        ],
      },
    });
  });
});

describe('Member.terms', () => {
  const query = `{ member(id: "${memberId(1)}") {
    displayName
    terms { id startsOn endsOn feePlan { id } dues { amountMinor currency } duesPaidAt outcome outcomeAt member { id } }
  } }`;

  it.each([
    ['staff', staff],
    ['the member themself', self],
  ])('lists the terms newest first for %s', async (_title, as) => {
    const response = await gateway.request(query, { as });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      member: {
        displayName: 'Wei Zhang1',
        terms: [
          {
            id: termId(3),
            startsOn: currentTermStart,
            endsOn: currentTermEnd,
            feePlan: { id: 'premium' },
            dues: { amountMinor: 388_000, currency: 'CNY' },
            duesPaidAt: null,
            outcome: 'OPEN',
            outcomeAt: null,
            member: { id: memberId(1) },
          },
          {
            id: termId(2),
            startsOn: '2024-02-01',
            endsOn: '2025-01-31',
            feePlan: { id: 'standard' },
            dues: { amountMinor: 128_000, currency: 'CNY' },
            duesPaidAt: '2024-02-01T10:00:00.000Z',
            outcome: 'RENEWED',
            outcomeAt: '2025-01-20T09:00:00.000Z',
            member: { id: memberId(1) },
          },
          {
            id: termId(1),
            startsOn: '2023-02-01',
            endsOn: '2024-01-31',
            feePlan: { id: 'standard' },
            dues: { amountMinor: 128_000, currency: 'CNY' },
            duesPaidAt: '2024-02-01T10:00:00.000Z',
            outcome: 'RENEWED',
            outcomeAt: '2024-01-25T09:00:00.000Z',
            member: { id: memberId(1) },
          },
        ],
      },
    });
  });

  it('returns an empty list for a member without terms', async () => {
    const response = await gateway.request(`{ member(id: "${memberId(2)}") { terms { id } } }`, { as: anotherMember });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ member: { terms: [] } });
  });

  it.each([
    ['an anonymous viewer', undefined],
    ['another member', anotherMember],
    ['a partner', partner],
    ['an analyst', analyst],
  ])('are FORBIDDEN to %s while the other fields resolve', async (_title, as) => {
    const response = await gateway.request(`{ member(id: "${memberId(1)}") { id terms { id } } }`, { as });
    expect(response.data).toEqual({ member: { id: memberId(1), terms: null } });
    expect(response.errors).toEqual([forbidden('Member.terms', ['member', 'terms'])]);
  });
});

describe('Member.currentTerm', () => {
  it('returns the term that includes today', async () => {
    const response = await gateway.request(`{ member(id: "${memberId(1)}") { currentTerm { id startsOn endsOn outcome } } }`, {
      as: self,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      member: { currentTerm: { id: termId(3), startsOn: currentTermStart, endsOn: currentTermEnd, outcome: 'OPEN' } },
    });
  });

  it('returns null when no term includes today', async () => {
    const response = await gateway.request(`{ member(id: "${memberId(2)}") { currentTerm { id } } }`, { as: staff });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ member: { currentTerm: null } });
  });

  it('is FORBIDDEN to another member while the other fields resolve', async () => {
    const response = await gateway.request(`{ member(id: "${memberId(1)}") { id currentTerm { id } } }`, {
      as: anotherMember,
    });
    expect(response.data).toEqual({ member: { id: memberId(1), currentTerm: null } });
    expect(response.errors).toEqual([
      {
        message: 'Only staff and the member themself may read Member.currentTerm.',
        path: ['member', 'currentTerm'],
        extensions: { code: 'FORBIDDEN', field: 'Member.currentTerm', reason: 'PERSONAL_DATA', serviceName: 'members' },
      },
    ]);
  });

  it('loads the current terms of a whole page in one statement', async () => {
    const { result, statements } = await database.countStatements(() =>
      gateway.request('{ members(first: 3) { edges { node { currentTerm { id } terms { id } } } } }', { as: staff }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      members: {
        edges: [
          { node: { currentTerm: { id: termId(3) }, terms: [{ id: termId(3) }, { id: termId(2) }, { id: termId(1) }] } },
          { node: { currentTerm: null, terms: [] } },
          { node: { currentTerm: null, terms: [] } },
        ],
      },
    });
    // The page, the current terms, all terms.
    expect(statements).toBe(3);
  });
});

describe('a member looked up by id', () => {
  it('sends the cars and current term asked for without waiting for the member row', async () => {
    const { result, statements, sent } = await database.countStatements(() =>
      gateway.request(`{ member(id: "${memberId(1)}") { id cars { id } currentTerm { id } } }`, { as: staff }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ member: { id: memberId(1), cars: [{ id: carId(10) }, { id: carId(11) }], currentTerm: { id: termId(3) } } });
    expect(statements).toBe(3);
    expect(tablesRead(sent)).toEqual(['members.cars', 'members.membership_terms', 'members.members']);
  });

  it('sends only the member row when neither is asked for', async () => {
    const { sent } = await database.countStatements(() =>
      gateway.request(`{ member(id: "${memberId(1)}") { id displayName } }`, { as: staff }),
    );
    expect(tablesRead(sent)).toEqual(['members.members']);
  });

  it('answers null for an unknown member, the reads sent ahead of it unused', async () => {
    const { result, statements } = await database.countStatements(() =>
      gateway.request('{ member(id: "00000000-0000-4000-8000-0000000000ff") { id cars { id } currentTerm { id } } }', { as: staff }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ member: null });
    expect(statements).toBe(3);
  });
});

describe('the club directory for a member token', () => {
  const name = (as: TokenSubject) => gateway.request(`{ member(id: "${memberId(2)}") { id displayName } }`, { as });
  const refusedTo = (status: string | null) => ({
    message: 'Only staff and members in the club (ACTIVE or LAPSED) may read Member.displayName.',
    path: ['member', 'displayName'],
    extensions: { code: 'FORBIDDEN', field: 'Member.displayName', reason: 'MEMBER_DIRECTORY', ...(status ? { status } : {}), serviceName: 'members' },
  });

  beforeAll(async () => {
    await insertMembersWorld(database.handle.db, {
      members: [memberRow(4, { status: 'CHURNED' }), memberRow(5, { status: 'SUSPENDED' }), memberRow(6, { status: 'LAPSED' })],
    });
  });

  it('opens it to a LAPSED member, who is still in the club', async () => {
    const response = await name({ role: 'member', memberId: memberId(6) });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ member: { id: memberId(2), displayName: 'Wei Zhang2' } });
  });

  it.each([
    ['a churned member', memberId(4), 'CHURNED'],
    ['a suspended member', memberId(5), 'SUSPENDED'],
    ['a prospect not yet admitted', memberId(3), 'PROSPECT'],
    ['an id that names nobody', memberId(99), null],
  ])('closes it to %s, whose token outlived their place in the club', async (_title, holder, status) => {
    const response = await name({ role: 'member', memberId: holder });
    expect(response.data).toEqual({ member: { id: memberId(2), displayName: null } });
    expect(response.errors).toEqual([refusedTo(status)]);
  });

  it('still lets a churned member read their own record', async () => {
    const response = await gateway.request(`{ member(id: "${memberId(4)}") { email status } }`, { as: { role: 'member', memberId: memberId(4) } });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ member: { email: 'member4@example.com', status: 'CHURNED' } });
  });
});
