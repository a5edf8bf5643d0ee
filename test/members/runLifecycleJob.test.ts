import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertMembersWorld, memberId, memberRow, statusChangeRow, termId, termRow } from '../fixtures/members.js';
import { asMember, chinaDay, lifecycleClient, rowsOf, staff, type JobChange } from '../support/membershipClient.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;
let client: ReturnType<typeof lifecycleClient>;

// 1: a paid 2025 term, never renewed: lapses 30 days after it ends.
// 2: renewed into a 2026 term whose dues are unpaid: lapses 30 days into it.
// 3: suspended on an ended term: the job leaves suspended members alone.
// 4: like 1, but reinstated after the grace period ended: lapses at the reinstatement.
// 5: a paid term running through 2026.
// 6: lapsed since January 2026.
// 7: a prospect.
const paidThenGone = memberId(1);
const unpaidRenewal = memberId(2);
const suspended = memberId(3);
const reinstatedLate = memberId(4);
const paidUp = memberId(5);
const longLapsed = memberId(6);
const prospect = memberId(7);

const reached = new Date('2024-12-20T02:00:00Z');
const joined = new Date('2025-01-01T02:00:00Z');
const paidThrough2025 = { startsOn: '2025-01-01', endsOn: '2025-12-31', outcome: 'OPEN' as const, outcomeAt: null };

beforeAll(async () => {
  database = await openTestDatabase();
  const member = (n: number, status: 'ACTIVE' | 'SUSPENDED' | 'LAPSED' | 'PROSPECT' = 'ACTIVE') =>
    memberRow(n, { status, reachedAt: reached, activatedAt: new Date('2025-02-01T10:00:00Z'), joinedOn: status === 'PROSPECT' ? null : '2025-01-01' });
  const joinedAt = (n: number, owner: string) => [
    statusChangeRow(n, owner, { fromStatus: null, toStatus: 'PROSPECT', effectiveAt: reached, reason: 'Applied on the club website' }),
    statusChangeRow(n + 1, owner, { fromStatus: 'PROSPECT', toStatus: 'ACTIVE', effectiveAt: joined, reason: 'Admitted on the standard fee plan' }),
  ];
  await insertMembersWorld(database.handle.db, {
    members: [member(1), member(2), member(3, 'SUSPENDED'), member(4), member(5), member(6, 'LAPSED'), member(7, 'PROSPECT')],
    terms: [
      termRow(1, paidThenGone, paidThrough2025),
      termRow(20, unpaidRenewal, { startsOn: '2025-03-01', endsOn: '2026-02-28', outcomeAt: new Date('2026-02-20T02:00:00Z') }),
      termRow(21, unpaidRenewal, { startsOn: '2026-03-01', endsOn: '2027-02-28', duesPaidAt: null, outcome: 'OPEN', outcomeAt: null }),
      termRow(3, suspended, paidThrough2025),
      termRow(4, reinstatedLate, paidThrough2025),
      termRow(5, paidUp, { startsOn: '2026-01-01', endsOn: '2026-12-31', outcome: 'OPEN', outcomeAt: null }),
      termRow(6, longLapsed, { startsOn: '2024-12-12', endsOn: '2025-12-11', outcome: 'LAPSED', outcomeAt: new Date('2026-01-10T16:00:00Z') }),
    ],
    statusChanges: [
      ...joinedAt(10, paidThenGone),
      ...joinedAt(20, unpaidRenewal),
      ...joinedAt(30, suspended),
      statusChangeRow(32, suspended, { fromStatus: 'ACTIVE', toStatus: 'SUSPENDED', effectiveAt: new Date('2025-11-01T02:00:00Z') }),
      ...joinedAt(40, reinstatedLate),
      statusChangeRow(42, reinstatedLate, { fromStatus: 'ACTIVE', toStatus: 'SUSPENDED', effectiveAt: new Date('2025-11-01T02:00:00Z') }),
      statusChangeRow(43, reinstatedLate, { fromStatus: 'SUSPENDED', toStatus: 'ACTIVE', effectiveAt: new Date('2026-02-15T03:00:00Z') }),
      ...joinedAt(50, paidUp),
      ...joinedAt(60, longLapsed),
      statusChangeRow(62, longLapsed, { fromStatus: 'ACTIVE', toStatus: 'LAPSED', effectiveAt: new Date('2026-01-10T16:00:00Z') }),
      statusChangeRow(70, prospect, { fromStatus: null, toStatus: 'PROSPECT', effectiveAt: reached }),
    ],
  });
  gateway = await startTestGateway(database);
  client = lifecycleClient(gateway);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const lapse = (id: string, status: string, effectiveAt: string): JobChange => ({
  member: { id, status },
  from: 'ACTIVE',
  to: 'LAPSED',
  reason: 'Dues unpaid 30 days after they fell due',
  effectiveAt,
});
const churn = (id: string, effectiveAt: string): JobChange => ({
  member: { id, status: 'CHURNED' },
  from: 'LAPSED',
  to: 'CHURNED',
  reason: 'Lapsed for 90 days',
  effectiveAt,
});

async function run(asOf: string, idempotencyKey?: string) {
  const response = await client.runJob({ asOf, idempotencyKey });
  expect(response.errors).toBeUndefined();
  return response.data!.runLifecycleJob;
}

async function lifecycleState() {
  return {
    members: await rowsOf(database, sql`select id, status from members.members order by id`),
    terms: await rowsOf(database, sql`select id, outcome, outcome_at from members.membership_terms order by id`),
    changes: await rowsOf(database, sql`select member_id, from_status, to_status, effective_at from members.status_changes order by member_id, effective_at, sequence`),
  };
}

describe('Mutation.runLifecycleJob', () => {
  it('lapses nobody before a grace period has ended', async () => {
    expect(await run('2026-01-30')).toEqual({ asOf: '2026-01-30', lapsed: [], churned: [] });
  });

  it('lapses an unpaid member at the start of the day the grace period ended, and closes the term', async () => {
    expect(await run('2026-01-31')).toEqual({
      asOf: '2026-01-31',
      lapsed: [lapse(paidThenGone, 'LAPSED', '2026-01-30T16:00:00.000Z')],
      churned: [],
    });
    const terms = await gateway.request(`{ member(id: "${paidThenGone}") { terms { startsOn outcome outcomeAt } } }`, { as: staff });
    expect(terms.data).toEqual({ member: { terms: [{ startsOn: '2025-01-01', outcome: 'LAPSED', outcomeAt: '2026-01-30T16:00:00.000Z' }] } });
  });

  it('changes nothing when run again for the same day or an earlier one', async () => {
    const before = await lifecycleState();
    expect(await run('2026-01-31')).toEqual({ asOf: '2026-01-31', lapsed: [], churned: [] });
    expect(await run('2025-06-01')).toEqual({ asOf: '2025-06-01', lapsed: [], churned: [] });
    expect(await lifecycleState()).toEqual(before);
  });

  it('lapses and churns in one run what fell due since, each when it fell due, by member id', async () => {
    expect(await run('2026-06-01')).toEqual({
      asOf: '2026-06-01',
      lapsed: [
        lapse(unpaidRenewal, 'LAPSED', '2026-03-30T16:00:00.000Z'),
        lapse(reinstatedLate, 'CHURNED', '2026-02-15T03:00:00.000Z'),
      ],
      churned: [
        churn(paidThenGone, '2026-04-30T16:00:00.000Z'),
        churn(reinstatedLate, '2026-05-16T03:00:00.000Z'),
        churn(longLapsed, '2026-04-10T16:00:00.000Z'),
      ],
    });
    expect(await rowsOf(database, sql`select id, status from members.members order by id`)).toEqual([
      { id: paidThenGone, status: 'CHURNED' },
      { id: unpaidRenewal, status: 'LAPSED' },
      { id: suspended, status: 'SUSPENDED' },
      { id: reinstatedLate, status: 'CHURNED' },
      { id: paidUp, status: 'ACTIVE' },
      { id: longLapsed, status: 'CHURNED' },
      { id: prospect, status: 'PROSPECT' },
    ]);
  });

  it('records MemberStatusChanged for every change it makes', async () => {
    const events = await rowsOf<{ payload: Record<string, unknown> }>(
      database,
      sql`select payload from bus.domain_events where type = 'members.MemberStatusChanged' and payload->>'memberId' = ${reinstatedLate} order by sequence`,
    );
    expect(events.map((event) => event.payload)).toEqual([
      { memberId: reinstatedLate, fromStatus: 'ACTIVE', toStatus: 'LAPSED', reason: 'Dues unpaid 30 days after they fell due', effectiveAt: '2026-02-15T03:00:00.000Z' },
      { memberId: reinstatedLate, fromStatus: 'LAPSED', toStatus: 'CHURNED', reason: 'Lapsed for 90 days', effectiveAt: '2026-05-16T03:00:00.000Z' },
    ]);
  });

  it('returns the first answer to a retry with the same idempotency key, and applies once', async () => {
    const first = await run('2026-07-01', 'lifecycle-2026-07-01');
    expect(first).toEqual({ asOf: '2026-07-01', lapsed: [], churned: [churn(unpaidRenewal, '2026-06-28T16:00:00.000Z')] });
    const state = await lifecycleState();
    expect(await run('2026-07-01', 'lifecycle-2026-07-01')).toEqual(first);
    expect(await run('2026-07-01')).toEqual({ asOf: '2026-07-01', lapsed: [], churned: [] });
    expect(await lifecycleState()).toEqual(state);
  });

  it('refuses a day after today (China calendar), naming asOf, and changes nothing', async () => {
    // Applied now, future-dated lapses would bar members that are still ACTIVE today.
    const before = await lifecycleState();
    for (const asOf of [chinaDay(1), chinaDay(90)]) {
      const { data, errors } = await client.runJob({ asOf });
      expect({ data, errors }).toEqual({
        data: null,
        errors: [
          {
            message: `Argument "asOf" must not be after today (${chinaDay()} in China); got ${asOf}.`,
            path: ['runLifecycleJob'],
            extensions: { code: 'BAD_USER_INPUT', argument: 'asOf', serviceName: 'members' },
          },
        ],
      });
    }
    expect(await lifecycleState()).toEqual(before);
  });

  it('names a malformed day', async () => {
    const response = await gateway.request('mutation { runLifecycleJob(asOf: "2026-13-01") { asOf } }', { as: staff });
    expect(response.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'asOf' }]);
  });
});

describe('Member.statusHistory', () => {
  const query = `query ($id: ID!) { member(id: $id) { statusHistory { from to reason effectiveAt member { id } } } }`;

  it('lists every change oldest first, those of one instant in the order recorded', async () => {
    const response = await gateway.request<{ member: { statusHistory: unknown[] } }, { id: string }>(query, {
      as: asMember(reinstatedLate),
      variables: { id: reinstatedLate },
    });
    expect(response.errors).toBeUndefined();
    const change = (from: string | null, to: string, reason: string, effectiveAt: string) => ({ from, to, reason, effectiveAt, member: { id: reinstatedLate } });
    expect(response.data!.member.statusHistory).toEqual([
      change(null, 'PROSPECT', 'Applied on the club website', '2024-12-20T02:00:00.000Z'),
      change('PROSPECT', 'ACTIVE', 'Admitted on the standard fee plan', '2025-01-01T02:00:00.000Z'),
      change('ACTIVE', 'SUSPENDED', 'To SUSPENDED', '2025-11-01T02:00:00.000Z'),
      change('SUSPENDED', 'ACTIVE', 'To ACTIVE', '2026-02-15T03:00:00.000Z'),
      change('ACTIVE', 'LAPSED', 'Dues unpaid 30 days after they fell due', '2026-02-15T03:00:00.000Z'),
      change('LAPSED', 'CHURNED', 'Lapsed for 90 days', '2026-05-16T03:00:00.000Z'),
    ]);
  });

  it('is FORBIDDEN to another member, and the rest of the member resolves', async () => {
    const response = await gateway.request(`query ($id: ID!) { member(id: $id) { status statusHistory { to } } }`, {
      as: asMember(paidUp),
      variables: { id: reinstatedLate },
    });
    expect(response.data).toEqual({ member: { status: 'CHURNED', statusHistory: null } });
    expect(response.errors).toEqual([
      {
        message: 'Only staff and the member themself may read Member.statusHistory.',
        path: ['member', 'statusHistory'],
        extensions: { code: 'FORBIDDEN', field: 'Member.statusHistory', reason: 'PERSONAL_DATA', serviceName: 'members' },
      },
    ]);
  });
});

describe('Member.stateOn', () => {
  const query = `query ($id: ID!, $date: Date!) { member(id: $id) { stateOn(date: $date) { date status lifecycleStage term { id } } } }`;

  async function stateOn(id: string, date: string) {
    const response = await gateway.request<{ member: { stateOn: unknown } }, { id: string; date: string }>(query, { as: staff, variables: { id, date } });
    expect(response.errors).toBeUndefined();
    return response.data!.member.stateOn;
  }

  it('answers the status, stage and term at the end of any past day', async () => {
    expect(await stateOn(paidThenGone, '2024-01-01')).toEqual({ date: '2024-01-01', status: null, lifecycleStage: null, term: null });
    expect(await stateOn(paidThenGone, '2024-12-20')).toEqual({ date: '2024-12-20', status: 'PROSPECT', lifecycleStage: 'REACHED', term: null });
    expect(await stateOn(paidThenGone, '2025-06-01')).toEqual({ date: '2025-06-01', status: 'ACTIVE', lifecycleStage: 'ACTIVATED', term: { id: termId(1) } });
    expect(await stateOn(paidThenGone, '2026-01-30')).toEqual({ date: '2026-01-30', status: 'ACTIVE', lifecycleStage: 'ACTIVATED', term: null });
    expect(await stateOn(paidThenGone, '2026-01-31')).toEqual({ date: '2026-01-31', status: 'LAPSED', lifecycleStage: 'ACTIVATED', term: null });
    expect(await stateOn(paidThenGone, '2026-04-30')).toEqual({ date: '2026-04-30', status: 'LAPSED', lifecycleStage: 'ACTIVATED', term: null });
    expect(await stateOn(paidThenGone, '2026-05-01')).toEqual({ date: '2026-05-01', status: 'CHURNED', lifecycleStage: 'ACTIVATED', term: null });
  });

  it('leaves out a term from the day it lapsed unpaid', async () => {
    expect(await stateOn(unpaidRenewal, '2026-02-28')).toEqual({ date: '2026-02-28', status: 'ACTIVE', lifecycleStage: 'ACTIVATED', term: { id: termId(20) } });
    expect(await stateOn(unpaidRenewal, '2026-03-30')).toEqual({ date: '2026-03-30', status: 'ACTIVE', lifecycleStage: 'ACTIVATED', term: { id: termId(21) } });
    expect(await stateOn(unpaidRenewal, '2026-03-31')).toEqual({ date: '2026-03-31', status: 'LAPSED', lifecycleStage: 'ACTIVATED', term: null });
  });

  it('answers many members on one day with the same statements as one member', async () => {
    const many = `{ members(first: 7) { edges { node { stateOn(date: "2026-03-31") { status term { id } } } } } }`;
    const one = `{ members(first: 1) { edges { node { stateOn(date: "2026-03-31") { status term { id } } } } } }`;
    const counted = async (document: string) => (await database.countStatements(() => gateway.request(document, { as: staff }))).statements;
    expect(await counted(many)).toBe(await counted(one));
  });

  it('refuses a day after today, naming the argument', async () => {
    const response = await gateway.request(`query ($id: ID!) { member(id: $id) { stateOn(date: "2999-01-01") { status } } }`, {
      as: staff,
      variables: { id: paidUp },
    });
    expect(response.data).toEqual({ member: { stateOn: null } });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.message).toMatch(/^Argument "date" must not be after today \(\d{4}-\d{2}-\d{2} in China\); got 2999-01-01\.$/);
    expect(response.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'date', serviceName: 'members' });
  });

  it('is FORBIDDEN to anyone but staff and the member', async () => {
    const response = await gateway.request(`query ($id: ID!) { member(id: $id) { stateOn(date: "2026-01-01") { status } } }`, {
      variables: { id: paidUp },
    });
    expect(response.data).toEqual({ member: { stateOn: null } });
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      { code: 'FORBIDDEN', field: 'Member.stateOn', reason: 'PERSONAL_DATA', serviceName: 'members' },
    ]);
  });
});
