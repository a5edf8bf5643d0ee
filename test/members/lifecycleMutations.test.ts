import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { insertKnownChapters, insertMembersWorld, memberId, memberRow, statusChangeRow, termId, termRow } from '../fixtures/members.js';
import { insertRegionsAndChapters } from '../fixtures/chapters.js';
import {
  application,
  asMember,
  chinaDay,
  eventsAbout,
  lifecycleClient,
  rowsOf,
  staff,
  type ChangeData,
} from '../support/membershipClient.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;
let client: ReturnType<typeof lifecycleClient>;

// Member 1 is an active member who refers; member 2 is a prospect; member 3
// lapsed at the start of 2026 after a 2025 term; member 4 churned.
const referrer = memberId(1);
const lapsed = memberId(3);
const churned = memberId(4);
const unknown = memberId(99);

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertRegionsAndChapters(db);
  await insertKnownChapters(db);
  await insertMembersWorld(db, {
    members: [
      memberRow(1),
      memberRow(3, { status: 'LAPSED', joinedOn: '2025-01-01', reachedAt: new Date('2024-12-20T02:00:00Z') }),
      memberRow(4, { status: 'CHURNED' }),
    ],
    terms: [
      termRow(1, referrer, { startsOn: chinaDay(-100), endsOn: chinaDay(265), outcome: 'OPEN', outcomeAt: null }),
      termRow(3, lapsed, {
        startsOn: '2025-01-01',
        endsOn: '2025-12-31',
        outcome: 'LAPSED',
        outcomeAt: new Date('2026-01-30T16:00:00Z'),
      }),
    ],
    statusChanges: [
      statusChangeRow(1, lapsed, { fromStatus: null, toStatus: 'PROSPECT', effectiveAt: new Date('2024-12-20T02:00:00Z') }),
      statusChangeRow(2, lapsed, { fromStatus: 'PROSPECT', toStatus: 'ACTIVE', effectiveAt: new Date('2025-01-01T02:00:00Z') }),
      statusChangeRow(3, lapsed, { fromStatus: 'ACTIVE', toStatus: 'LAPSED', effectiveAt: new Date('2026-01-30T16:00:00Z') }),
    ],
  });
  gateway = await startTestGateway(database);
  client = lifecycleClient(gateway);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

/** The events about a member, without the instants that say when they were recorded. */
async function eventTypesAbout(id: string) {
  return (await eventsAbout(database, id)).map((event) => event.type);
}

/** Applies for a prospect as staff and returns their id. */
async function newProspect(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await client.apply({ application: application(overrides) });
  expect(response.errors).toBeUndefined();
  return response.data!.applyForMembership.member.id;
}

/** A new prospect admitted today on the standard plan; returns their id and the admission's answer. */
async function newMember(options: { duesPaid?: boolean } = {}): Promise<{ id: string; admitted: ChangeData }> {
  const id = await newProspect();
  const response = await client.admit({ memberId: id, feePlanId: 'standard', duesPaid: options.duesPaid });
  expect(response.errors).toBeUndefined();
  return { id, admitted: response.data!.admitMember };
}

describe('Mutation.applyForMembership', () => {
  it('records a prospect with the next member number, reached now, and the events of it', async () => {
    const before = Date.now();
    const response = await client.apply({
      application: application({ referrerId: referrer, channel: 'Met the club at a dealer event', consents: { marketing: true } }),
    });
    expect(response.errors).toBeUndefined();
    const change = response.data!.applyForMembership;
    const id = change.member.id;
    expect(change).toEqual({
      member: { id, status: 'PROSPECT', lifecycleStage: 'REACHED', joinedOn: null },
      statusChange: { from: null, to: 'PROSPECT', reason: 'Met the club at a dealer event', effectiveAt: change.statusChange!.effectiveAt },
      term: null,
    });
    const appliedAt = change.statusChange!.effectiveAt;
    expect(Date.parse(appliedAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(appliedAt)).toBeLessThanOrEqual(Date.now());

    const member = await gateway.request<{ member: Record<string, unknown> }, { id: string }>(
      `query ($id: ID!) { member(id: $id) {
        memberNumber givenName familyName displayName email phone birthday city language
        consents { marketing partnerOffers eventPhotos } homeChapter { id } referrer { id }
        stages { reachedAt activatedAt retainedAt monetisedAt } terms { id }
      } }`,
      { as: staff, variables: { id } },
    );
    expect(member.errors).toBeUndefined();
    expect(member.data!.member).toEqual({
      memberNumber: 5,
      givenName: 'Lina',
      familyName: 'Chen',
      displayName: 'Chen Lina',
      email: 'lina.chen@example.com',
      phone: '+8613900139000',
      birthday: '1990-04-12',
      city: 'Shanghai',
      language: 'zh-CN',
      consents: { marketing: true, partnerOffers: false, eventPhotos: false },
      homeChapter: { id: 'shanghai' },
      referrer: { id: referrer },
      stages: { reachedAt: appliedAt, activatedAt: null, retainedAt: null, monetisedAt: null },
      terms: [],
    });
    expect(await eventsAbout(database, id)).toEqual([
      { type: 'members.MemberApplied', payload: { memberId: id, chapterId: 'shanghai', referrerId: referrer, appliedAt } },
      {
        type: 'members.MemberStatusChanged',
        payload: { memberId: id, fromStatus: null, toStatus: 'PROSPECT', reason: 'Met the club at a dealer event', effectiveAt: appliedAt },
      },
    ]);
  });

  it('lets a member put forward a prospect they refer, as the referrer', async () => {
    const response = await client.apply({ application: application() }, asMember(referrer));
    expect(response.errors).toBeUndefined();
    const { id } = response.data!.applyForMembership.member;
    expect(response.data!.applyForMembership.statusChange!.reason).toBe('Applied for membership');
    const member = await gateway.request<{ member: { referrer: { id: string } } }, { id: string }>(
      'query ($id: ID!) { member(id: $id) { referrer { id } } }',
      { as: asMember(referrer), variables: { id } },
    );
    expect(member.data).toEqual({ member: { referrer: { id: referrer } } });
  });

  it('refuses anonymous applications, partners, and a member naming another referrer', async () => {
    const refused = {
      message: 'Only staff, and a member for a prospect they refer, may use Mutation.applyForMembership.',
      path: ['applyForMembership'],
      extensions: { code: 'FORBIDDEN', field: 'Mutation.applyForMembership', reason: 'STAFF_OR_REFERRER', serviceName: 'members' },
    };
    const viewers: (TokenSubject | null)[] = [null, { role: 'partner', partnerId: memberId(50) }];
    for (const as of viewers) expect((await client.apply({ application: application() }, as)).errors).toEqual([refused]);
    const other = await client.apply({ application: application({ referrerId: referrer }) }, asMember(memberId(2)));
    expect(other.errors).toEqual([refused]);
  });

  it('names the field of the application at fault', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ givenName: '   ' }, 'application.givenName', 'Argument "application.givenName" must be 1 to 100 characters, not blank.'],
      [{ city: 'x'.repeat(101) }, 'application.city', 'Argument "application.city" must be 1 to 100 characters, not blank.'],
      [{ birthday: chinaDay(1) }, 'application.birthday', `Argument "application.birthday" must be a day from 1900-01-01 to yesterday; got ${chinaDay(1)}.`],
      [{ homeChapterId: 'Shang Hai' }, 'application.homeChapterId', 'Argument "application.homeChapterId" must be a lowercase slug of letters, digits and hyphens, such as "gold" or "shanghai"; got "Shang Hai".'],
      [{ referrerId: 'nobody' }, 'application.referrerId', 'Argument "application.referrerId" must be a UUID; got "nobody".'],
    ];
    for (const [overrides, argument, message] of cases) {
      const response = await client.apply({ application: application(overrides) });
      expect(response.errors, argument).toEqual([
        { message, path: ['applyForMembership'], extensions: { code: 'BAD_USER_INPUT', argument, serviceName: 'members' } },
      ]);
    }
    const malformed = await client.apply({ application: application({ birthday: '1990-02-30' }) });
    expect(malformed.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'application.birthday' }]);
  });

  it('refuses a language that is no BCP 47 tag of a known language, naming it, and keeps a valid one in canonical form', async () => {
    for (const language of ['klingon', 'xx', 'en-XX', 'en_US']) {
      const response = await client.apply({ application: application({ language }) });
      expect(response.errors, language).toEqual([
        {
          message: `Variable "$application" got invalid value "${language}" at "application.language"; Locale must be a BCP 47 language tag of a known language, such as "zh-CN" or "en"; got "${language}".`,
          locations: [{ line: 1, column: 11 }],
          extensions: { code: 'BAD_USER_INPUT', argument: 'application.language' },
        },
      ]);
    }
    const literal = await gateway.request(
      `mutation { applyForMembership(application: { givenName: "Lina", familyName: "Chen", displayName: "Chen Lina", city: "Shanghai", language: "klingon", homeChapterId: "shanghai" }) { member { id } } }`,
      { as: staff },
    );
    expect(literal.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'application.language' }]);

    const accepted = await client.apply({ application: application({ language: 'zh-cn' }) });
    const member = await gateway.request<{ member: { language: string } }, { id: string }>('query ($id: ID!) { member(id: $id) { language } }', {
      as: staff,
      variables: { id: accepted.data!.applyForMembership.member.id },
    });
    expect(member.data).toEqual({ member: { language: 'zh-CN' } });
  });

  it('refuses a phone number that is no valid international number, naming it', async () => {
    for (const phone of ['12345', '+999999999999999', '+86 123 4567 8901']) {
      const response = await client.apply({ application: application({ phone }) });
      expect(response.errors, phone).toEqual([
        {
          message: `Variable "$application" got invalid value "${phone}" at "application.phone"; PhoneNumber must be a valid international number starting with "+" and the country code, such as "+8613800138000"; got "${phone}".`,
          locations: [{ line: 1, column: 11 }],
          extensions: { code: 'BAD_USER_INPUT', argument: 'application.phone' },
        },
      ]);
    }
    const literal = await gateway.request(
      `mutation { applyForMembership(application: { givenName: "Lina", familyName: "Chen", displayName: "Chen Lina", phone: "12345", city: "Shanghai", language: "zh-CN", homeChapterId: "shanghai" }) { member { id } } }`,
      { as: staff },
    );
    expect(literal.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'application.phone' }]);
  });

  it('keeps a phone number written with spaces in E.164 form', async () => {
    const accepted = await client.apply({ application: application({ phone: '+86 138 0013 8000' }) });
    expect(accepted.errors).toBeUndefined();
    const member = await gateway.request<{ member: { phone: string } }, { id: string }>('query ($id: ID!) { member(id: $id) { phone } }', {
      as: staff,
      variables: { id: accepted.data!.applyForMembership.member.id },
    });
    expect(member.data).toEqual({ member: { phone: '+8613800138000' } });
    const [stored] = await rowsOf<{ phone: string }>(
      database,
      sql`select phone from members.members where id = ${accepted.data!.applyForMembership.member.id}`,
    );
    expect(stored).toEqual({ phone: '+8613800138000' });
  });

  it('refuses a home chapter the club does not have, naming the field, and records nobody', async () => {
    const [before] = await rowsOf<{ n: number }>(database, sql`select count(*)::int as n from members.members`);
    const response = await client.apply({ application: application({ homeChapterId: 'atlantis' }) });
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      {
        message: 'No chapter has id "atlantis".',
        path: ['applyForMembership'],
        extensions: { code: 'NOT_FOUND', argument: 'application.homeChapterId', serviceName: 'members' },
      },
    ]);
    expect(await rowsOf(database, sql`select count(*)::int as n from members.members`)).toEqual([before]);
  });

  it('refuses an unknown referrer and one who is not active', async () => {
    const none = await client.apply({ application: application({ referrerId: unknown }) });
    expect(none.errors).toEqual([
      {
        message: `No member has id "${unknown}".`,
        path: ['applyForMembership'],
        extensions: { code: 'NOT_FOUND', argument: 'application.referrerId', serviceName: 'members' },
      },
    ]);
    const inactive = await client.apply({ application: application({ referrerId: churned }) });
    expect(inactive.errors).toEqual([
      {
        message: `Member ${churned} is CHURNED: only ACTIVE members can refer a prospect.`,
        path: ['applyForMembership'],
        extensions: { code: 'CONFLICT', reason: 'REFERRER_NOT_ACTIVE', status: 'CHURNED', serviceName: 'members' },
      },
    ]);
  });
});

describe('Mutation.admitMember', () => {
  it('makes a prospect active on a first term with the plan\'s dues, paid now, and tells loyalty who referred them', async () => {
    const id = await newProspect({ referrerId: referrer });
    const response = await client.admit({ memberId: id, feePlanId: 'premium' });
    expect(response.errors).toBeUndefined();
    const change = response.data!.admitMember;
    const at = change.statusChange!.effectiveAt;
    expect(change).toEqual({
      member: { id, status: 'ACTIVE', lifecycleStage: 'REACHED', joinedOn: chinaDay() },
      statusChange: { from: 'PROSPECT', to: 'ACTIVE', reason: 'Admitted on the premium fee plan', effectiveAt: at },
      term: {
        startsOn: chinaDay(),
        endsOn: chinaDay(-1, new Date(new Date().setUTCFullYear(new Date().getUTCFullYear() + 1))),
        outcome: 'OPEN',
        outcomeAt: null,
        duesPaidAt: at,
        feePlan: { id: 'premium' },
        dues: { amountMinor: 498_000, currency: 'CNY' },
      },
    });

    const events = (await eventsAbout(database, id)).slice(2);
    const [termRowId] = events.filter((event) => event.type === 'members.MemberAdmitted').map((event) => event.payload.termId);
    expect(events).toEqual([
      { type: 'members.MemberStatusChanged', payload: { memberId: id, fromStatus: 'PROSPECT', toStatus: 'ACTIVE', reason: 'Admitted on the premium fee plan', effectiveAt: at } },
      { type: 'members.MemberAdmitted', payload: { memberId: id, feePlanId: 'premium', termId: termRowId, admittedOn: chinaDay(), referrerId: referrer } },
      { type: 'members.DuesPaid', payload: { memberId: id, termId: termRowId, amountMinor: 498_000, currency: 'CNY', paidAt: at } },
    ]);
  });

  it('leaves the first dues owed when told they are not paid', async () => {
    const { id, admitted } = await newMember({ duesPaid: false });
    expect(admitted.term).toMatchObject({ duesPaidAt: null, outcome: 'OPEN', dues: { amountMinor: 198_000, currency: 'CNY' } });
    expect(await eventTypesAbout(id)).toEqual([
      'members.MemberApplied',
      'members.MemberStatusChanged',
      'members.MemberStatusChanged',
      'members.MemberAdmitted',
    ]);
  });

  it('refuses a first day before the application or after today, naming startsOn', async () => {
    const id = await newProspect();
    for (const startsOn of [chinaDay(-1), chinaDay(1)]) {
      const response = await client.admit({ memberId: id, feePlanId: 'standard', startsOn });
      expect(response.errors).toEqual([
        {
          message: `Argument "startsOn" must be a day from ${chinaDay()}, when the member applied, to today (${chinaDay()}); got ${startsOn}.`,
          path: ['admitMember'],
          extensions: { code: 'BAD_USER_INPUT', argument: 'startsOn', serviceName: 'members' },
        },
      ]);
    }
    const malformed = await gateway.request(`mutation { admitMember(memberId: "${id}", feePlanId: "standard", startsOn: "2026-02-30") { member { id } } }`, { as: staff });
    expect(malformed.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'startsOn' }]);
  });

  it('names an unknown member and an unknown fee plan', async () => {
    const noMember = await client.admit({ memberId: unknown, feePlanId: 'standard' });
    expect(noMember.errors).toEqual([
      { message: `No member has id "${unknown}".`, path: ['admitMember'], extensions: { code: 'NOT_FOUND', argument: 'memberId', serviceName: 'members' } },
    ]);
    const noPlan = await client.admit({ memberId: await newProspect(), feePlanId: 'platinum-plus' });
    expect(noPlan.errors).toEqual([
      { message: 'No fee plan has id "platinum-plus".', path: ['admitMember'], extensions: { code: 'NOT_FOUND', argument: 'feePlanId', serviceName: 'members' } },
    ]);
  });
});

describe('Mutation.renewMembership', () => {
  it('follows the paid open term with a new one, closes it as renewed and marks the member retained', async () => {
    const { id, admitted } = await newMember();
    const response = await client.renew({ memberId: id, feePlanId: 'premium' });
    expect(response.errors).toBeUndefined();
    const change = response.data!.renewMembership;
    const startsOn = chinaDay(1, new Date(Date.parse(`${admitted.term!.endsOn}T12:00:00+08:00`)));
    expect(change).toEqual({
      member: { id, status: 'ACTIVE', lifecycleStage: 'RETAINED', joinedOn: chinaDay() },
      statusChange: null,
      term: {
        startsOn,
        endsOn: admitted.term!.endsOn.replace(/^\d{4}/, (year) => String(Number(year) + 1)),
        outcome: 'OPEN',
        outcomeAt: null,
        duesPaidAt: change.term!.duesPaidAt,
        feePlan: { id: 'premium' },
        dues: { amountMinor: 498_000, currency: 'CNY' },
      },
    });

    const terms = await gateway.request<{ member: { terms: unknown[]; stages: { retainedAt: string } } }, { id: string }>(
      'query ($id: ID!) { member(id: $id) { terms { startsOn outcome outcomeAt } stages { retainedAt } } }',
      { as: staff, variables: { id } },
    );
    const renewedAt = terms.data!.member.stages.retainedAt;
    expect(terms.data!.member.terms).toEqual([
      { startsOn, outcome: 'OPEN', outcomeAt: null },
      { startsOn: chinaDay(), outcome: 'RENEWED', outcomeAt: renewedAt },
    ]);
    expect(renewedAt).toBe(change.term!.duesPaidAt);
    const renewed = (await eventsAbout(database, id)).filter((event) => event.type === 'members.MembershipRenewed');
    expect(renewed.map((event) => event.payload)).toEqual([
      { memberId: id, termId: renewed[0]!.payload.termId, feePlanId: 'premium', startsOn, endsOn: change.term!.endsOn },
    ]);
  });

  it('refuses to renew while the open term\'s dues are unpaid', async () => {
    const { id, admitted } = await newMember({ duesPaid: false });
    const response = await client.renew({ memberId: id });
    expect(response.errors).toEqual([
      {
        message: `The dues of member ${id}'s term from ${admitted.term!.startsOn} to ${admitted.term!.endsOn} are unpaid: record them before renewing.`,
        path: ['renewMembership'],
        extensions: { code: 'CONFLICT', reason: 'DUES_UNPAID', serviceName: 'members' },
      },
    ]);
  });

  it('refuses a first day other than the day after the open term, naming startsOn', async () => {
    const { id } = await newMember();
    const response = await client.renew({ memberId: id, startsOn: chinaDay() });
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', argument: 'startsOn', serviceName: 'members' },
    ]);
  });

  it('makes a lapsed member active again on a new term, without counting it as retention', async () => {
    const tooEarly = await client.renew({ memberId: lapsed, startsOn: '2025-12-31' });
    expect(tooEarly.errors).toEqual([
      {
        message: `Argument "startsOn" must be a day from 2026-01-01, after the lapsed term, to today (${chinaDay()}); got 2025-12-31.`,
        path: ['renewMembership'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'startsOn', serviceName: 'members' },
      },
    ]);

    const response = await client.renew({ memberId: lapsed });
    expect(response.errors).toBeUndefined();
    const change = response.data!.renewMembership;
    expect(change).toEqual({
      member: { id: lapsed, status: 'ACTIVE', lifecycleStage: 'ACTIVATED', joinedOn: '2025-01-01' },
      statusChange: { from: 'LAPSED', to: 'ACTIVE', reason: 'Renewed after the lapse', effectiveAt: change.term!.duesPaidAt },
      term: {
        startsOn: chinaDay(),
        endsOn: change.term!.endsOn,
        outcome: 'OPEN',
        outcomeAt: null,
        duesPaidAt: change.statusChange!.effectiveAt,
        feePlan: { id: 'standard' },
        dues: { amountMinor: 198_000, currency: 'CNY' },
      },
    });
  });
});

describe('Mutation.recordDuesPayment', () => {
  it('pays an open term\'s owed dues once, and records DuesPaid', async () => {
    const { id } = await newMember({ duesPaid: false });
    const [owed] = (await eventsAbout(database, id)).filter((event) => event.type === 'members.MemberAdmitted');
    const owedTermId = owed!.payload.termId as string;

    const response = await client.recordDues({ termId: owedTermId });
    expect(response.errors).toBeUndefined();
    const change = response.data!.recordDuesPayment;
    expect(change.statusChange).toBeNull();
    expect(change.member).toEqual({ id, status: 'ACTIVE', lifecycleStage: 'REACHED', joinedOn: chinaDay() });
    expect(change.term).toMatchObject({ outcome: 'OPEN', startsOn: chinaDay(), dues: { amountMinor: 198_000, currency: 'CNY' } });
    expect((await eventsAbout(database, id)).at(-1)).toEqual({
      type: 'members.DuesPaid',
      payload: { memberId: id, termId: owedTermId, amountMinor: 198_000, currency: 'CNY', paidAt: change.term!.duesPaidAt },
    });

    const again = await client.recordDues({ termId: owedTermId });
    expect(again.errors).toEqual([
      {
        message: `The dues of membership term ${owedTermId} were paid at ${change.term!.duesPaidAt}.`,
        path: ['recordDuesPayment'],
        extensions: { code: 'CONFLICT', reason: 'DUES_ALREADY_PAID', serviceName: 'members' },
      },
    ]);
  });

  it('names an unknown term', async () => {
    const response = await client.recordDues({ termId: termId(99) });
    expect(response.errors).toEqual([
      {
        message: `No membership term has id "${termId(99)}".`,
        path: ['recordDuesPayment'],
        extensions: { code: 'NOT_FOUND', argument: 'termId', serviceName: 'members' },
      },
    ]);
  });
});

describe('Mutation.suspendMember, Mutation.reinstateMember and Mutation.leaveClub', () => {
  it('suspends for the reason given, reinstates, and lets the member leave by themself', async () => {
    const { id } = await newMember();
    const suspended = await client.suspend({ memberId: id, reason: 'Suspended pending a conduct review' });
    expect(suspended.errors).toBeUndefined();
    expect(suspended.data!.suspendMember).toEqual({
      member: { id, status: 'SUSPENDED', lifecycleStage: 'REACHED', joinedOn: chinaDay() },
      statusChange: { from: 'ACTIVE', to: 'SUSPENDED', reason: 'Suspended pending a conduct review', effectiveAt: suspended.data!.suspendMember.statusChange!.effectiveAt },
      term: null,
    });

    const reinstated = await client.reinstate({ memberId: id });
    expect(reinstated.errors).toBeUndefined();
    expect(reinstated.data!.reinstateMember.statusChange).toMatchObject({ from: 'SUSPENDED', to: 'ACTIVE', reason: 'Suspension lifted' });

    const left = await client.leave({ memberId: id, reason: 'Left the club: sold the car' }, asMember(id));
    expect(left.errors).toBeUndefined();
    const change = left.data!.leaveClub;
    expect(change).toMatchObject({
      member: { id, status: 'CHURNED' },
      statusChange: { from: 'ACTIVE', to: 'CHURNED', reason: 'Left the club: sold the car' },
      term: { startsOn: chinaDay(), outcome: 'LEFT', outcomeAt: change.statusChange!.effectiveAt },
    });
    expect((await eventsAbout(database, id)).slice(-3).map((event) => [event.payload.fromStatus, event.payload.toStatus])).toEqual([
      ['ACTIVE', 'SUSPENDED'],
      ['SUSPENDED', 'ACTIVE'],
      ['ACTIVE', 'CHURNED'],
    ]);
  });

  it('refuses a blank suspension reason, naming it', async () => {
    const { id } = await newMember();
    const response = await client.suspend({ memberId: id, reason: ' ' });
    expect(response.errors).toEqual([
      {
        message: 'Argument "reason" must be 1 to 500 characters, not blank.',
        path: ['suspendMember'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'reason', serviceName: 'members' },
      },
    ]);
  });

  it('refuses a member leaving for another member', async () => {
    const { id } = await newMember();
    const response = await client.leave({ memberId: id }, asMember(referrer));
    expect(response.errors).toEqual([
      {
        message: 'Only staff and the member themself may use Mutation.leaveClub.',
        path: ['leaveClub'],
        extensions: { code: 'FORBIDDEN', field: 'Mutation.leaveClub', reason: 'STAFF_OR_SELF', serviceName: 'members' },
      },
    ]);
  });
});

describe('the staff-only lifecycle mutations', () => {
  it.each([
    ['admitMember', () => client.admit({ memberId: referrer, feePlanId: 'standard' }, asMember(referrer))],
    ['renewMembership', () => client.renew({ memberId: referrer }, asMember(referrer))],
    ['recordDuesPayment', () => client.recordDues({ termId: termId(1) }, asMember(referrer))],
    ['suspendMember', () => client.suspend({ memberId: referrer, reason: 'Self-suspension' }, asMember(referrer))],
    ['reinstateMember', () => client.reinstate({ memberId: referrer }, asMember(referrer))],
    ['runLifecycleJob', () => client.runJob({ asOf: '2026-01-01' }, { role: 'analyst', subject: 'a1' })],
  ])('refuses %s to anyone but staff', async (field, run) => {
    const response = await run();
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      {
        message: `Only staff may use Mutation.${field}.`,
        path: [field],
        extensions: { code: 'FORBIDDEN', field: `Mutation.${field}`, reason: 'STAFF_ONLY', serviceName: 'members' },
      },
    ]);
  });
});
