import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { fixtureUuid } from '../fixtures/benefits.js';
import { insertMember, insertPointsEntry, insertReferenceData, insertStanding } from '../fixtures/loyalty.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

// On PostgreSQL the requests really interleave (a pool of 12 connections); on
// PGlite transactions run one at a time, where the test proves only that the
// lock does not deadlock.
let database: TestDatabase;
let gateway: TestGateway;

const member = fixtureUuid(821);
const staff: TokenSubject = { role: 'staff', subject: 's1' };

beforeAll(async () => {
  database = await openTestDatabase({ poolSize: 12 });
  const db = database.handle.db;
  await insertReferenceData(db);
  await insertMember(db, { id: member });
  await insertStanding(db, member, 'gold', 0);
  await insertPointsEntry(db, { memberId: member, points: 1500, occurredAt: new Date('2026-01-10T09:00:00Z') });
  await insertPointsEntry(db, { memberId: member, points: 500, occurredAt: new Date('2026-02-10T09:00:00Z') });
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

describe('Mutation.spendPoints under concurrent requests', () => {
  it('grants exactly the spends the balance covers out of 100 fired at once, and the ledger adds up', async () => {
    // 2000 points cover 66 spends of 30, with 20 points left.
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, index) =>
        gateway.request<{ spendPoints: { points: number } }, Record<string, unknown>>(
          `mutation ($memberId: ID!, $key: String) {
            spendPoints(memberId: $memberId, points: 30, kind: SPEND_BENEFIT, reason: "Car wash", idempotencyKey: $key) { points }
          }`,
          // The member and staff at once, each request with a key of its own.
          { as: index % 2 === 0 ? staff : { role: 'member', memberId: member }, variables: { memberId: member, key: `race-spend-${index}` } },
        ),
      ),
    );
    const spent = responses.filter((response) => response.data?.spendPoints).length;
    const refusals = responses.flatMap((response) => (response.errors ?? []).map((error) => error.extensions?.reason ?? error.extensions?.code));
    expect({ spent, refusals }).toEqual({ spent: 66, refusals: Array(34).fill('INSUFFICIENT_POINTS') });

    expect(await rowsOf(sql`
      select sum(points)::int as balance, count(*) filter (where kind = 'SPEND_BENEFIT')::int as spends,
             min(running)::int as lowest
      from (select points, kind, sum(points) over (order by occurred_at, id) as running
            from loyalty.points_entries where member_id = ${member}) ledger`)).toEqual([{ balance: 20, spends: 66, lowest: 20 }]);

    const balance = await gateway.request<{ member: { pointsBalance: number; pointsLedger: { totalCount: number } } }, { id: string }>(
      'query ($id: ID!) { member(id: $id) { pointsBalance pointsLedger(first: 0) { totalCount } } }',
      { as: staff, variables: { id: member } },
    );
    expect(balance.data).toEqual({ member: { pointsBalance: 20, pointsLedger: { totalCount: 68 } } });
  });
});
