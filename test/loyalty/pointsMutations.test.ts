import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { fixtureUuid } from '../fixtures/benefits.js';
import { insertMember, insertPointsEntries, insertPointsEntry, insertReferenceData, insertStanding } from '../fixtures/loyalty.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const earner = fixtureUuid(811);
const spender = fixtureUuid(812);
const other = fixtureUuid(813);
const keeper = fixtureUuid(814);
const saver = fixtureUuid(815);
const prospect = fixtureUuid(816);
// A legal ledger whose balance is beyond GraphQL Int: 2,148 entries of 1,000,000.
const hoarder = fixtureUuid(817);
// 2,500,000 points earned in April 2024 and never spent: more than one entry's bound expires.
const sleeper = fixtureUuid(818);
const whale = fixtureUuid(819);
const unknown = fixtureUuid(899);

const staff: TokenSubject = { role: 'staff', subject: 's1' };
const asMember = (memberId: string): TokenSubject => ({ role: 'member', memberId });

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertReferenceData(db);
  for (const id of [earner, spender, other, keeper, saver, hoarder, sleeper, whale]) {
    await insertMember(db, { id });
    await insertStanding(db, id, 'silver', 0);
  }
  await insertMember(db, { id: prospect, status: 'PROSPECT' });
  await insertPointsEntry(db, { memberId: spender, points: 1000, occurredAt: new Date('2026-05-01T09:00:00Z') });
  await insertPointsEntry(db, { memberId: keeper, points: 300, occurredAt: new Date('2026-05-01T09:00:00Z') });

  // Two years of the saver's ledger, for the expiry.
  await insertPointsEntry(db, { memberId: saver, points: 1000, kind: 'EARN_ATTENDANCE', occurredAt: new Date('2024-01-15T02:00:00Z') });
  await insertPointsEntry(db, { memberId: saver, points: 200, kind: 'REFUND', reason: 'Refund', occurredAt: new Date('2024-02-29T15:59:59Z') });
  await insertPointsEntry(db, { memberId: saver, points: 500, kind: 'EARN_SPEND', reason: 'Detailing', occurredAt: new Date('2024-02-29T16:00:00Z') });
  await insertPointsEntry(db, { memberId: saver, points: -300, kind: 'SPEND_BENEFIT', occurredAt: new Date('2025-07-01T02:00:00Z') });

  await insertPointsEntries(db, { memberId: hoarder, count: 2148, points: 1_000_000, from: new Date('2026-06-01T00:00:00Z') });
  await insertPointsEntries(db, { memberId: sleeper, count: 2, points: 1_000_000, from: new Date('2024-04-15T02:00:00Z') });
  await insertPointsEntry(db, { memberId: sleeper, points: 500_000, occurredAt: new Date('2024-04-16T02:00:00Z') });
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

async function rowsOf<T>(query: SQL): Promise<T[]> {
  const result = await database.handle.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

async function ledgerOf(memberId: string) {
  return rowsOf<{ points: number; kind: string; reason: string }>(
    sql`select points, kind, reason from loyalty.points_entries where member_id = ${memberId} order by occurred_at, id`,
  );
}

const entryFields = 'points kind reason member { id pointsBalance }';

interface EntryData {
  points: number;
  kind: string;
  reason: string;
  member: { id: string; pointsBalance: number };
}

function earn(as: TokenSubject, variables: Record<string, unknown>) {
  return gateway.request<{ earnPoints: EntryData }, Record<string, unknown>>(
    `mutation ($memberId: ID!, $points: Int!, $kind: PointsEarnKind!, $reason: String!, $key: String) {
      earnPoints(memberId: $memberId, points: $points, kind: $kind, reason: $reason, idempotencyKey: $key) { ${entryFields} }
    }`,
    { as, variables: { kind: 'EARN_CONTRIBUTION', reason: 'Wrote the Hangzhou road trip report', ...variables } },
  );
}

function spend(as: TokenSubject | undefined, variables: Record<string, unknown>) {
  return gateway.request<{ spendPoints: EntryData }, Record<string, unknown>>(
    `mutation ($memberId: ID!, $points: Int!, $kind: PointsSpendKind!, $reason: String!, $key: String) {
      spendPoints(memberId: $memberId, points: $points, kind: $kind, reason: $reason, idempotencyKey: $key) { ${entryFields} }
    }`,
    { as, variables: { kind: 'SPEND_SERVICE', reason: 'Paddock cap', ...variables } },
  );
}

function adjust(as: TokenSubject, variables: Record<string, unknown>) {
  return gateway.request<{ adjustPoints: EntryData }, Record<string, unknown>>(
    `mutation ($memberId: ID!, $points: Int!, $reason: String!, $key: String) {
      adjustPoints(memberId: $memberId, points: $points, reason: $reason, idempotencyKey: $key) { ${entryFields} }
    }`,
    { as, variables: { reason: 'Goodwill after a cancelled track day', ...variables } },
  );
}

function expire(as: TokenSubject, asOf?: string, key?: string) {
  return gateway.request<{ expirePoints: Record<string, unknown> }, Record<string, unknown>>(
    'mutation ($asOf: Date, $key: String) { expirePoints(asOf: $asOf, idempotencyKey: $key) { asOf earnedBefore members points } }',
    { as, variables: { asOf, key } },
  );
}

const error = (field: string, message: string, extensions: Record<string, unknown>) => ({
  message,
  path: [field],
  extensions: { ...extensions, serviceName: 'loyalty' },
});

describe('Mutation.earnPoints', () => {
  it('books the points staff give a member, dated now', async () => {
    const before = Date.now();
    const response = await earn(staff, { memberId: earner, points: 150 });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      earnPoints: { points: 150, kind: 'EARN_CONTRIBUTION', reason: 'Wrote the Hangzhou road trip report', member: { id: earner, pointsBalance: 150 } },
    });
    const [row] = await rowsOf<{ at: string }>(sql`select occurred_at::text as at from loyalty.points_entries where member_id = ${earner}`);
    expect(new Date(row!.at).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('refuses zero and negative points, naming the argument', async () => {
    for (const points of [0, -20]) {
      const response = await earn(staff, { memberId: earner, points });
      expect(response.errors).toEqual([
        error('earnPoints', `Argument "points" must be a whole number of points from 1 to 1,000,000; got ${points}.`, { code: 'BAD_USER_INPUT', argument: 'points' }),
      ]);
    }
  });

  it('refuses more than 1,000,000 points, naming the argument, and books 1,000,000', async () => {
    for (const points of [1_000_001, 2_147_483_647]) {
      const response = await earn(staff, { memberId: whale, points });
      expect(response.errors).toEqual([
        error('earnPoints', `Argument "points" must be a whole number of points from 1 to 1,000,000; got ${points}.`, { code: 'BAD_USER_INPUT', argument: 'points' }),
      ]);
    }
    expect(await ledgerOf(whale)).toEqual([]);
    const most = await earn(staff, { memberId: whale, points: 1_000_000 });
    expect(most.errors).toBeUndefined();
    expect(most.data!.earnPoints.member.pointsBalance).toBe(1_000_000);
  });

  it('refuses an empty reason, naming the argument', async () => {
    const response = await earn(staff, { memberId: earner, points: 10, reason: '   ' });
    expect(response.errors).toEqual([
      error('earnPoints', 'Argument "reason" must be 1 to 200 characters; got 0.', { code: 'BAD_USER_INPUT', argument: 'reason' }),
    ]);
  });

  it('answers NOT_FOUND for a member loyalty holds no standing for', async () => {
    for (const memberId of [unknown, prospect]) {
      const response = await earn(staff, { memberId, points: 10 });
      expect(response.errors).toEqual([
        error('earnPoints', `No member with a standing has id "${memberId}".`, { code: 'NOT_FOUND', argument: 'memberId' }),
      ]);
    }
  });

  it('refuses anyone but staff, the member included', async () => {
    const response = await earn(asMember(earner), { memberId: earner, points: 10 });
    expect(response.errors).toEqual([
      error('earnPoints', 'Only staff may use Mutation.earnPoints.', { code: 'FORBIDDEN', field: 'Mutation.earnPoints', reason: 'STAFF_ONLY' }),
    ]);
    expect(await ledgerOf(earner)).toHaveLength(1);
  });

  it('books once however often the request is retried with its key, and refuses the key for other input', async () => {
    const first = await earn(staff, { memberId: other, points: 40, key: 'earn-retry-0001' });
    const retry = await earn(staff, { memberId: other, points: 40, key: 'earn-retry-0001' });
    expect(first.errors).toBeUndefined();
    expect(retry).toMatchObject({ data: first.data });
    expect(await ledgerOf(other)).toEqual([{ points: 40, kind: 'EARN_CONTRIBUTION', reason: 'Wrote the Hangzhou road trip report' }]);

    const reused = await earn(staff, { memberId: other, points: 41, key: 'earn-retry-0001' });
    expect(reused.errors).toEqual([
      error('earnPoints', 'This idempotency key was already used for a different request.', { code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED', argument: 'idempotencyKey' }),
    ]);
  });
});

describe('Mutation.spendPoints', () => {
  it('lets a member spend their own points', async () => {
    const response = await spend(asMember(spender), { memberId: spender, points: 400 });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      spendPoints: { points: -400, kind: 'SPEND_SERVICE', reason: 'Paddock cap', member: { id: spender, pointsBalance: 600 } },
    });
  });

  it('refuses to spend more than the balance, naming it', async () => {
    const response = await spend(staff, { memberId: spender, points: 601 });
    expect(response.errors).toEqual([
      error('spendPoints', `Member ${spender} holds 600 points, fewer than the 601 to take.`, { code: 'CONFLICT', reason: 'INSUFFICIENT_POINTS' }),
    ]);
    expect(await ledgerOf(spender)).toHaveLength(2);
  });

  it('spends the whole balance down to zero', async () => {
    const response = await spend(staff, { memberId: spender, points: 600, kind: 'SPEND_EVENT', reason: 'Seat at a salon' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.spendPoints.member.pointsBalance).toBe(0);
  });

  it('refuses a member spending another member\'s points, and an anonymous viewer', async () => {
    const forbidden = error('spendPoints', 'Only staff and the member themself may use Mutation.spendPoints.', {
      code: 'FORBIDDEN',
      field: 'Mutation.spendPoints',
      reason: 'STAFF_OR_SELF',
    });
    expect((await spend(asMember(other), { memberId: keeper, points: 1 })).errors).toEqual([forbidden]);
    expect((await spend(undefined, { memberId: keeper, points: 1 })).errors).toEqual([forbidden]);
  });

  it('refuses more than 1,000,000 points, naming the argument', async () => {
    const response = await spend(staff, { memberId: whale, points: 1_000_001 });
    expect(response.errors).toEqual([
      error('spendPoints', 'Argument "points" must be a whole number of points from 1 to 1,000,000; got 1000001.', { code: 'BAD_USER_INPUT', argument: 'points' }),
    ]);
  });

  it('refuses a malformed member id, naming the argument', async () => {
    const response = await spend(staff, { memberId: 'gold', points: 1 });
    expect(response.errors).toEqual([
      error('spendPoints', 'Argument "memberId" must be a UUID; got "gold".', { code: 'BAD_USER_INPUT', argument: 'memberId' }),
    ]);
  });
});

describe('Mutation.adjustPoints', () => {
  it('adds and takes points with a reason', async () => {
    const added = await adjust(staff, { memberId: keeper, points: 50 });
    expect(added.errors).toBeUndefined();
    const taken = await adjust(staff, { memberId: keeper, points: -350, reason: 'Duplicate booking reversed' });
    expect(taken.errors).toBeUndefined();
    expect(taken.data).toEqual({
      adjustPoints: { points: -350, kind: 'ADJUSTMENT', reason: 'Duplicate booking reversed', member: { id: keeper, pointsBalance: 0 } },
    });
  });

  it('refuses 0 points, a missing reason and a balance taken below zero', async () => {
    expect((await adjust(staff, { memberId: keeper, points: 0 })).errors).toEqual([
      error('adjustPoints', 'Argument "points" must be a whole number of points from -1,000,000 to 1,000,000, other than 0; got 0.', { code: 'BAD_USER_INPUT', argument: 'points' }),
    ]);
    expect((await adjust(staff, { memberId: keeper, points: 5, reason: '' })).errors).toEqual([
      error('adjustPoints', 'Argument "reason" must be 1 to 200 characters; got 0.', { code: 'BAD_USER_INPUT', argument: 'reason' }),
    ]);
    expect((await adjust(staff, { memberId: keeper, points: -1 })).errors).toEqual([
      error('adjustPoints', `Member ${keeper} holds 0 points, fewer than the 1 to take.`, { code: 'CONFLICT', reason: 'INSUFFICIENT_POINTS' }),
    ]);
  });

  it('refuses more than 1,000,000 points either way, naming the argument', async () => {
    for (const points of [1_000_001, -1_000_001, -2_147_483_648]) {
      expect((await adjust(staff, { memberId: whale, points })).errors).toEqual([
        error('adjustPoints', `Argument "points" must be a whole number of points from -1,000,000 to 1,000,000, other than 0; got ${points}.`, {
          code: 'BAD_USER_INPUT',
          argument: 'points',
        }),
      ]);
    }
  });

  it('is for staff only', async () => {
    expect((await adjust(asMember(keeper), { memberId: keeper, points: 5 })).errors).toEqual([
      error('adjustPoints', 'Only staff may use Mutation.adjustPoints.', { code: 'FORBIDDEN', field: 'Mutation.adjustPoints', reason: 'STAFF_ONLY' }),
    ]);
  });
});

describe('Mutation.expirePoints', () => {
  it('expires, first in first out, what is left of the points earned before the expiry period', async () => {
    // As of 2026-03-01 points earned before 2024-03-01 (China time) expire:
    // 1000 + 200, of which the 300 spent later used 300 first.
    const response = await expire(staff, '2026-03-01');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ expirePoints: { asOf: '2026-03-01', earnedBefore: '2024-03-01', members: 1, points: 900 } });
    expect(await rowsOf(sql`select points, kind, reason, occurred_at::text as at from loyalty.points_entries where member_id = ${saver} and kind = 'EXPIRE'`)).toEqual([
      { points: -900, kind: 'EXPIRE', reason: 'Points earned before 2024-03-01 expired unspent', at: '2026-02-28 16:00:00+00' },
    ]);
  });

  it('books nothing more when run again for the same day, or a later one within the same old earnings', async () => {
    expect((await expire(staff, '2026-03-01')).data).toEqual({ expirePoints: { asOf: '2026-03-01', earnedBefore: '2024-03-01', members: 0, points: 0 } });
    // The 500 earned as 2024-03-01 began are old enough as of 2026-03-02: of
    // the 1700 earned before then, 1200 are taken already (300 spent, 900 expired).
    expect((await expire(staff, '2026-03-02')).data).toEqual({ expirePoints: { asOf: '2026-03-02', earnedBefore: '2024-03-02', members: 1, points: 500 } });
    expect((await expire(staff, '2026-03-02')).data).toEqual({ expirePoints: { asOf: '2026-03-02', earnedBefore: '2024-03-02', members: 0, points: 0 } });
    // The ledger is empty now and never went below zero on the way.
    expect(await rowsOf(sql`
      select sum(points)::int as balance, min(running)::int as lowest from (
        select points, sum(points) over (order by occurred_at, id) as running from loyalty.points_entries where member_id = ${saver}) ledger`)).toEqual([
      { balance: 0, lowest: 0 },
    ]);
  });

  it('answers the first run for a retried key', async () => {
    const first = await expire(staff, '2026-04-01', 'expiry-2026-04-01');
    const retry = await expire(staff, '2026-04-01', 'expiry-2026-04-01');
    expect(first.errors).toBeUndefined();
    expect(retry.data).toEqual(first.data);
  });

  it('refuses a day that has not begun, and anyone but staff', async () => {
    const future = await expire(staff, '2099-01-01');
    expect(future.errors).toEqual([
      error('expirePoints', expect.stringMatching(/^Argument "asOf" must not be after today \(\d{4}-\d{2}-\d{2} in China\); got 2099-01-01\.$/) as unknown as string, {
        code: 'BAD_USER_INPUT',
        argument: 'asOf',
      }),
    ]);
    expect((await expire(asMember(saver))).errors).toEqual([
      error('expirePoints', 'Only staff may use Mutation.expirePoints.', { code: 'FORBIDDEN', field: 'Mutation.expirePoints', reason: 'STAFF_ONLY' }),
    ]);
  });
});

describe('a ledger beyond what one entry or GraphQL Int holds', () => {
  it('expires more than 1,000,000 points in entries of at most 1,000,000', async () => {
    const response = await expire(staff, '2026-05-01');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ expirePoints: { asOf: '2026-05-01', earnedBefore: '2024-05-01', members: 1, points: 2_500_000 } });
    expect(await rowsOf(sql`select points, kind from loyalty.points_entries where member_id = ${sleeper} and kind = 'EXPIRE' order by points`)).toEqual([
      { points: -1_000_000, kind: 'EXPIRE' },
      { points: -1_000_000, kind: 'EXPIRE' },
      { points: -500_000, kind: 'EXPIRE' },
    ]);
    expect((await expire(staff, '2026-05-01')).data).toEqual({ expirePoints: { asOf: '2026-05-01', earnedBefore: '2024-05-01', members: 0, points: 0 } });
  });

  it('answers the balances of the members batched with one beyond GraphQL Int, and an error for that one alone', async () => {
    const response = await gateway.request<Record<string, { pointsBalance: number | null }>, Record<string, never>>(
      `{ big: member(id: "${hoarder}") { pointsBalance } small: member(id: "${whale}") { pointsBalance } }`,
      { as: staff },
    );
    expect(response.data).toEqual({ big: { pointsBalance: null }, small: { pointsBalance: 1_000_000 } });
    expect(response.errors).toEqual([{ message: 'Unexpected error.', path: ['big', 'pointsBalance'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
  });

  it('spends and adjusts the points of a member whose balance is beyond GraphQL Int', async () => {
    const spent = await gateway.request<{ spendPoints: { points: number } }, Record<string, never>>(
      `mutation { spendPoints(memberId: "${hoarder}", points: 1000000, kind: SPEND_SERVICE, reason: "Concierge year") { points } }`,
      { as: staff },
    );
    expect(spent).toMatchObject({ data: { spendPoints: { points: -1_000_000 } } });
    expect(spent.errors).toBeUndefined();
    const adjusted = await gateway.request<{ adjustPoints: { points: number; member: { pointsBalance: number } } }, Record<string, never>>(
      `mutation { adjustPoints(memberId: "${hoarder}", points: -1000000, reason: "Duplicate booking reversed") { points member { pointsBalance } } }`,
      { as: staff },
    );
    expect(adjusted.errors).toBeUndefined();
    expect(adjusted.data).toEqual({ adjustPoints: { points: -1_000_000, member: { pointsBalance: 2_146_000_000 } } });
  });
});
