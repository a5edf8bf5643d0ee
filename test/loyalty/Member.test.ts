import { sql } from 'drizzle-orm';
import { scoreFacts } from '../../src/loyalty/data/tables.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { encodeCursor } from '../../src/core/pagination.js';
import {
  insertMember,
  insertPointsEntry,
  insertReferenceData,
  insertStanding,
  insertTierChange,
} from '../fixtures/loyalty.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const alice = '0a1b2c3d-0000-4000-8000-00000000a11c';
const bob = '0a1b2c3d-0000-4000-8000-000000000b0b';
const prospect = '0a1b2c3d-0000-4000-8000-0000000000f0';
const crowd: string[] = [];

/**
 * Alice's ledger, newest first: the order the ledger returns it in. It lies
 * more than a year back, outside the value score's window, which her score
 * facts below fill instead.
 */
const ledger = {
  adjustment: { id: 'e0000000-0000-4000-8000-000000000006', at: '2024-04-01T08:00:00.000200Z' },
  referral: { id: 'e0000000-0000-4000-8000-000000000005', at: '2024-04-01T08:00:00.000100Z' },
  service: { id: 'e0000000-0000-4000-8000-000000000002', at: '2024-03-05T10:00:00.000000Z' },
  spend: { id: 'e0000000-0000-4000-8000-000000000001', at: '2024-03-05T10:00:00.000000Z' },
  benefit: { id: 'e0000000-0000-4000-8000-000000000003', at: '2024-02-01T12:00:00.000000Z' },
  attendance: { id: 'e0000000-0000-4000-8000-000000000004', at: '2024-01-10T09:00:00.000000Z' },
};

function cursorOf(entry: { id: string; at: string }): string {
  return encodeCursor([entry.at, entry.id]);
}

const staff: TokenSubject = { role: 'staff', subject: 's1' };
const asAlice: TokenSubject = { role: 'member', memberId: alice };

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database.handle;
  await insertReferenceData(db);

  await insertMember(db, { id: alice });
  await insertMember(db, { id: bob });
  await insertMember(db, { id: prospect, status: 'PROSPECT' });
  await insertStanding(db, alice, 'gold', 3200);
  await insertStanding(db, bob, 'silver', 950);

  await insertPointsEntry(db, { id: ledger.spend.id, memberId: alice, points: 1000, kind: 'EARN_SPEND', reason: 'Dealer service', occurredAt: new Date(ledger.spend.at) });
  await insertPointsEntry(db, { id: ledger.benefit.id, memberId: alice, points: -120, kind: 'SPEND_BENEFIT', reason: 'Car wash', occurredAt: new Date(ledger.benefit.at) });
  await insertPointsEntry(db, { id: ledger.attendance.id, memberId: alice, points: 500, kind: 'EARN_ATTENDANCE', reason: 'Track day', occurredAt: new Date(ledger.attendance.at) });
  await insertPointsEntry(db, { id: ledger.service.id, memberId: alice, points: -80, kind: 'SPEND_SERVICE', reason: 'Concierge', occurredAt: new Date(ledger.service.at) });
  // Two entries a tenth of a millisecond apart: a JavaScript Date cannot tell
  // them apart, so they are written in SQL.
  await db.execute(sql`insert into loyalty.points_entries values
    (${ledger.referral.id}, ${alice}, 250, 'EARN_REFERRAL', 'Referral', ${ledger.referral.at}),
    (${ledger.adjustment.id}, ${alice}, -50, 'ADJUSTMENT', 'Correction', ${ledger.adjustment.at})`);
  await insertPointsEntry(db, { memberId: bob, points: 300, occurredAt: new Date('2026-02-02T10:00:00Z') });
  // Alice's value score as of today: 320 yuan of services (3), two events (80), a referral (150).
  const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  await db.insert(scoreFacts).values([
    { kind: 'SPEND', source: 'service-order:alice-1', memberId: alice, amount: 32_000, occurredAt: daysAgo(3) },
    { kind: 'ATTENDANCE', source: 'registration:alice-1', memberId: alice, amount: 1, occurredAt: daysAgo(40) },
    { kind: 'ATTENDANCE', source: 'registration:alice-2', memberId: alice, amount: 1, occurredAt: daysAgo(41) },
    { kind: 'REFERRAL', source: 'member:alice-1', memberId: alice, amount: 1, occurredAt: daysAgo(100) },
    { kind: 'SPEND', source: 'service-order:alice-0', memberId: alice, amount: 900_000, occurredAt: daysAgo(400) },
  ]);

  await insertTierChange(db, { id: 'c0000000-0000-4000-8000-000000000002', memberId: alice, fromTierId: 'bronze', toTierId: 'silver', reason: 'REVIEW_PROMOTION', effectiveOn: '2025-07-01' });
  await insertTierChange(db, { id: 'c0000000-0000-4000-8000-000000000003', memberId: alice, fromTierId: 'silver', toTierId: 'gold', reason: 'REVIEW_PROMOTION', effectiveOn: '2026-01-01' });
  await insertTierChange(db, { id: 'c0000000-0000-4000-8000-000000000001', memberId: alice, toTierId: 'bronze', reason: 'ADMISSION', effectiveOn: '2025-02-01' });
  await insertTierChange(db, { id: 'c0000000-0000-4000-8000-000000000005', memberId: bob, fromTierId: 'gold', toTierId: 'silver', reason: 'REVIEW_DEMOTION', effectiveOn: '2025-07-01' });
  await insertTierChange(db, { id: 'c0000000-0000-4000-8000-000000000004', memberId: bob, toTierId: 'gold', reason: 'STAFF_DECISION', effectiveOn: '2025-03-01' });

  for (let index = 0; index < 50; index++) {
    const id = await insertMember(db);
    crowd.push(id);
    await insertStanding(db, id, index % 2 === 0 ? 'bronze' : 'silver', index * 10);
    await insertPointsEntry(db, { memberId: id, points: 100 + index, occurredAt: new Date('2026-01-01T00:00:00Z') });
    await insertPointsEntry(db, { memberId: id, points: -(index + 1), occurredAt: new Date('2026-01-02T00:00:00Z') });
  }

  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('Member.tier', () => {
  it('returns the member\'s current tier to any viewer, anonymous included', async () => {
    const response = await gateway.request('query ($id: ID!) { member(id: $id) { id tier { code name feePlan { id } } } }', {
      variables: { id: alice },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ member: { id: alice, tier: { code: 'GOLD', name: 'Gold', feePlan: { id: 'premium' } } } });
  });

  it('returns null for a prospect, who has no standing', async () => {
    const response = await gateway.request('query ($id: ID!) { member(id: $id) { id tier { code } valueScore } }', {
      variables: { id: prospect },
      as: staff,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ member: { id: prospect, tier: null, valueScore: 0 } });
  });
});

describe('Member.valueScore', () => {
  it('returns the score over the twelve months ending today to the member themself', async () => {
    const response = await gateway.request('{ me { id valueScore } }', { as: asAlice });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ me: { id: alice, valueScore: 233 } });
  });
});

describe('Member.pointsBalance', () => {
  it('is the sum of the whole ledger, earnings and spendings alike', async () => {
    const response = await gateway.request(
      'query ($alice: ID!, $bob: ID!, $prospect: ID!) { alice: member(id: $alice) { pointsBalance } bob: member(id: $bob) { pointsBalance } prospect: member(id: $prospect) { pointsBalance } }',
      { variables: { alice, bob, prospect }, as: staff },
    );
    expect(response.errors).toBeUndefined();
    // 1000 - 120 + 500 - 80 + 250 - 50
    expect(response.data).toEqual({ alice: { pointsBalance: 1500 }, bob: { pointsBalance: 300 }, prospect: { pointsBalance: 0 } });
  });

  it('issues the same number of statements with balance and tier for 10 members as for 50', async () => {
    const queryFor = (ids: string[]) =>
      `query Crowd { ${ids.map((id, index) => `m${index}: member(id: "${id}") { id tier { code } pointsBalance }`).join(' ')} }`;

    const ten = await database.countStatements(() => gateway.request(queryFor(crowd.slice(0, 10)), { as: staff }));
    const fifty = await database.countStatements(() => gateway.request(queryFor(crowd), { as: staff }));

    expect(ten.result.errors).toBeUndefined();
    expect(fifty.result.errors).toBeUndefined();
    expect(fifty.result.data).toEqual(
      Object.fromEntries(
        crowd.map((id, index) => [
          `m${index}`,
          { id, tier: { code: index % 2 === 0 ? 'BRONZE' : 'SILVER' }, pointsBalance: 99 },
        ]),
      ),
    );
    expect(fifty.statements).toBe(ten.statements);
    // The members' rows, their standings with their tiers, and the ledger sums.
    expect(fifty.statements).toBe(3);
  });
});

describe('Member.pointsLedger', () => {
  const pageQuery = `query ($id: ID!, $first: Int, $after: String) {
    member(id: $id) {
      pointsLedger(first: $first, after: $after) {
        edges { cursor node { id points kind reason occurredAt } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        totalCount
      }
    }
  }`;

  it('pages through the ledger newest first, following the cursors', async () => {
    const first = await gateway.request(pageQuery, { variables: { id: alice, first: 2 }, as: asAlice });
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({
      member: {
        pointsLedger: {
          edges: [
            {
              cursor: cursorOf(ledger.adjustment),
              node: { id: ledger.adjustment.id, points: -50, kind: 'ADJUSTMENT', reason: 'Correction', occurredAt: '2024-04-01T08:00:00.000Z' },
            },
            {
              cursor: cursorOf(ledger.referral),
              node: { id: ledger.referral.id, points: 250, kind: 'EARN_REFERRAL', reason: 'Referral', occurredAt: '2024-04-01T08:00:00.000Z' },
            },
          ],
          pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: cursorOf(ledger.adjustment), endCursor: cursorOf(ledger.referral) },
          totalCount: 6,
        },
      },
    });

    // Entries booked at the same instant follow in descending id order.
    const second = await gateway.request(pageQuery, { variables: { id: alice, first: 2, after: cursorOf(ledger.referral) }, as: asAlice });
    expect(second.errors).toBeUndefined();
    expect(second.data).toEqual({
      member: {
        pointsLedger: {
          edges: [
            {
              cursor: cursorOf(ledger.service),
              node: { id: ledger.service.id, points: -80, kind: 'SPEND_SERVICE', reason: 'Concierge', occurredAt: '2024-03-05T10:00:00.000Z' },
            },
            {
              cursor: cursorOf(ledger.spend),
              node: { id: ledger.spend.id, points: 1000, kind: 'EARN_SPEND', reason: 'Dealer service', occurredAt: '2024-03-05T10:00:00.000Z' },
            },
          ],
          pageInfo: { hasNextPage: true, hasPreviousPage: true, startCursor: cursorOf(ledger.service), endCursor: cursorOf(ledger.spend) },
          totalCount: 6,
        },
      },
    });

    const third = await gateway.request(pageQuery, { variables: { id: alice, first: 2, after: cursorOf(ledger.spend) }, as: asAlice });
    expect(third.errors).toBeUndefined();
    expect(third.data).toEqual({
      member: {
        pointsLedger: {
          edges: [
            {
              cursor: cursorOf(ledger.benefit),
              node: { id: ledger.benefit.id, points: -120, kind: 'SPEND_BENEFIT', reason: 'Car wash', occurredAt: '2024-02-01T12:00:00.000Z' },
            },
            {
              cursor: cursorOf(ledger.attendance),
              node: { id: ledger.attendance.id, points: 500, kind: 'EARN_ATTENDANCE', reason: 'Track day', occurredAt: '2024-01-10T09:00:00.000Z' },
            },
          ],
          pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: cursorOf(ledger.benefit), endCursor: cursorOf(ledger.attendance) },
          totalCount: 6,
        },
      },
    });

    const past = await gateway.request(pageQuery, { variables: { id: alice, first: 2, after: cursorOf(ledger.attendance) }, as: asAlice });
    expect(past.errors).toBeUndefined();
    expect(past.data).toEqual({
      member: {
        pointsLedger: {
          edges: [],
          pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
          totalCount: 6,
        },
      },
    });
  });

  it('returns 50 entries when first is omitted, and an empty page for an empty ledger', async () => {
    const response = await gateway.request(
      'query ($alice: ID!, $prospect: ID!) { alice: member(id: $alice) { pointsLedger { edges { node { id } } pageInfo { hasNextPage } } } prospect: member(id: $prospect) { pointsLedger { edges { node { id } } pageInfo { hasNextPage endCursor } totalCount } } }',
      { variables: { alice, prospect }, as: staff },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      alice: {
        pointsLedger: {
          edges: [ledger.adjustment, ledger.referral, ledger.service, ledger.spend, ledger.benefit, ledger.attendance].map((entry) => ({
            node: { id: entry.id },
          })),
          pageInfo: { hasNextPage: false },
        },
      },
      prospect: { pointsLedger: { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } },
    });
  });

  it('loads the pages of many members in one statement', async () => {
    const query = `query Ledgers { ${crowd
      .map((id, index) => `m${index}: member(id: "${id}") { pointsLedger(first: 1) { edges { node { points } } pageInfo { hasNextPage } } }`)
      .join(' ')} }`;
    const { result, statements } = await database.countStatements(() => gateway.request(query, { as: staff }));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual(
      Object.fromEntries(
        crowd.map((_id, index) => [`m${index}`, { pointsLedger: { edges: [{ node: { points: -(index + 1) } }], pageInfo: { hasNextPage: true } } }]),
      ),
    );
    // The members' rows and the ledger pages.
    expect(statements).toBe(2);
  });

  it('rejects a cursor it did not return as BAD_USER_INPUT naming the argument', async () => {
    const forged = [
      encodeCursor(['yesterday', ledger.spend.id]),
      encodeCursor(['2026-02-30T10:00:00.000000Z', ledger.spend.id]),
      encodeCursor([ledger.spend.at, 'not-a-uuid']),
    ];
    for (const after of ['not a cursor', ...forged]) {
      const response = await gateway.request(pageQuery, { variables: { id: alice, after }, as: staff });
      expect(response.data).toEqual({ member: { pointsLedger: null } });
      expect(response.errors).toEqual([
        {
          message: 'Argument "after" is not a cursor this list returned.',
          path: ['member', 'pointsLedger'],
          extensions: { code: 'BAD_USER_INPUT', argument: 'after', serviceName: 'loyalty' },
        },
      ]);
    }
  });

  it('rejects a page larger than 500 as BAD_USER_INPUT naming the argument', async () => {
    const response = await gateway.request(pageQuery, { variables: { id: alice, first: 501 }, as: staff });
    expect(response.data).toEqual({ member: { pointsLedger: null } });
    expect(response.errors).toEqual([
      {
        message: 'Argument "first" must be between 0 and 500; got 501.',
        path: ['member', 'pointsLedger'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'first', serviceName: 'loyalty' },
      },
    ]);
  });
});

describe('Member.tierHistory', () => {
  it('lists every change newest first, with the tiers before and after', async () => {
    const response = await gateway.request(
      'query ($alice: ID!, $bob: ID!, $prospect: ID!) { alice: member(id: $alice) { ...history } bob: member(id: $bob) { ...history } prospect: member(id: $prospect) { ...history } } fragment history on Member { tierHistory { id from { code } to { code } reason effectiveOn } }',
      { variables: { alice, bob, prospect }, as: staff },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      alice: {
        tierHistory: [
          { id: 'c0000000-0000-4000-8000-000000000003', from: { code: 'SILVER' }, to: { code: 'GOLD' }, reason: 'REVIEW_PROMOTION', effectiveOn: '2026-01-01' },
          { id: 'c0000000-0000-4000-8000-000000000002', from: { code: 'BRONZE' }, to: { code: 'SILVER' }, reason: 'REVIEW_PROMOTION', effectiveOn: '2025-07-01' },
          { id: 'c0000000-0000-4000-8000-000000000001', from: null, to: { code: 'BRONZE' }, reason: 'ADMISSION', effectiveOn: '2025-02-01' },
        ],
      },
      bob: {
        tierHistory: [
          { id: 'c0000000-0000-4000-8000-000000000005', from: { code: 'GOLD' }, to: { code: 'SILVER' }, reason: 'REVIEW_DEMOTION', effectiveOn: '2025-07-01' },
          { id: 'c0000000-0000-4000-8000-000000000004', from: null, to: { code: 'GOLD' }, reason: 'STAFF_DECISION', effectiveOn: '2025-03-01' },
        ],
      },
      prospect: { tierHistory: [] },
    });
  });
  it('reads the changes of several members with their tiers in one statement', async () => {
    const { result, statements } = await database.countStatements(() =>
      gateway.request(
        'query ($alice: ID!, $bob: ID!) { alice: member(id: $alice) { ...history } bob: member(id: $bob) { ...history } } fragment history on Member { tierHistory { from { code } to { code } } }',
        { variables: { alice, bob }, as: staff },
      ),
    );
    expect(result.data).toEqual({
      alice: {
        tierHistory: [
          { from: { code: 'SILVER' }, to: { code: 'GOLD' } },
          { from: { code: 'BRONZE' }, to: { code: 'SILVER' } },
          { from: null, to: { code: 'BRONZE' } },
        ],
      },
      bob: { tierHistory: [{ from: { code: 'GOLD' }, to: { code: 'SILVER' } }, { from: null, to: { code: 'GOLD' } }] },
    });
    // The members' rows, then their tier changes with the tiers.
    expect(statements).toBe(2);
  });
});

describe('Member private record', () => {
  const privateQuery = `query ($id: ID!) {
    member(id: $id) { id tier { code } valueScore pointsBalance pointsLedger(first: 1) { totalCount } tierHistory { reason } }
  }`;

  function forbidden(field: string) {
    return {
      message: `Only staff and the member themself may read Member.${field}.`,
      path: ['member', field],
      extensions: { code: 'FORBIDDEN', field: `Member.${field}`, reason: 'PERSONAL_DATA', serviceName: 'loyalty' },
    };
  }

  it.each([
    ['staff', staff],
    ['the member themself', asAlice],
  ] as const)('resolves for %s', async (_who, as) => {
    const response = await gateway.request(privateQuery, { variables: { id: alice }, as });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      member: {
        id: alice,
        tier: { code: 'GOLD' },
        valueScore: 233,
        pointsBalance: 1500,
        pointsLedger: { totalCount: 6 },
        tierHistory: [{ reason: 'REVIEW_PROMOTION' }, { reason: 'REVIEW_PROMOTION' }, { reason: 'ADMISSION' }],
      },
    });
  });

  it.each([
    ['an anonymous viewer', undefined],
    ['another member', { role: 'member', memberId: bob }],
    ['a partner', { role: 'partner', partnerId: '7d4c5b8e-0f1a-4b2c-9d3e-112233445566' }],
    ['an analyst', { role: 'analyst', subject: 'a1' }],
  ] as const)('is FORBIDDEN field by field for %s, while the tier still resolves', async (_who, as) => {
    const response = await gateway.request(privateQuery, { variables: { id: alice }, as });
    expect(response.data).toEqual({
      member: { id: alice, tier: { code: 'GOLD' }, valueScore: null, pointsBalance: null, pointsLedger: null, tierHistory: null },
    });
    // The gateway reports the errors in no guaranteed order.
    const errors = [...(response.errors ?? [])].sort((a, b) => String(a.path).localeCompare(String(b.path)));
    expect(errors).toEqual([
      forbidden('pointsBalance'),
      forbidden('pointsLedger'),
      forbidden('tierHistory'),
      forbidden('valueScore'),
    ]);
  });
});
