import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { fixtureUuid, insertBenefit, insertMemberTiers, insertTierBenefits } from '../fixtures/benefits.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

// On PostgreSQL the requests really interleave (a pool of 12 connections); on
// PGlite transactions run one at a time, where the test proves only that the
// lock does not deadlock.
let database: TestDatabase;
let gateway: TestGateway;

const carWash = fixtureUuid(11);
const lounge = fixtureUuid(12);
const pair = fixtureUuid(701);
const crowd = fixtureUuid(702);

const staff: TokenSubject = { role: 'staff', subject: 's1' };

beforeAll(async () => {
  database = await openTestDatabase({ poolSize: 12 });
  const db = database.handle.db;
  await insertBenefit(db, { id: carWash, name: 'Hand car wash' });
  await insertBenefit(db, { id: lounge, name: 'Airport lounge', layer: 'VALUE_ADDED' });
  await insertTierBenefits(db, [
    { tierId: 'gold', benefitId: carWash, allowance: 1, period: 'MONTH' },
    { tierId: 'gold', benefitId: lounge, allowance: 3, period: 'YEAR' },
  ]);
  await insertMemberTiers(db, [
    { memberId: pair, tierId: 'gold' },
    { memberId: crowd, tierId: 'gold' },
  ]);
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

/** Fires `count` redemptions at once and sorts the answers into successes and error codes. */
async function redeemAtOnce(memberId: string, benefitId: string, count: number) {
  const responses = await Promise.all(
    Array.from({ length: count }, (_, index) =>
      gateway.request<{ redeemBenefit: { id: string } }, Record<string, unknown>>(
        `mutation ($memberId: ID!, $benefitId: ID!, $key: String) {
          redeemBenefit(memberId: $memberId, benefitId: $benefitId, idempotencyKey: $key) { id }
        }`,
        // One member and staff at once, each request with a key of its own.
        { as: index % 2 === 0 ? staff : { role: 'member', memberId }, variables: { memberId, benefitId, key: `race-${benefitId}-${index}` } },
      ),
    ),
  );
  const redeemed = responses.filter((response) => response.data?.redeemBenefit).length;
  const refusals = responses.flatMap((response) => (response.errors ?? []).map((error) => error.extensions?.reason ?? error.extensions?.code));
  return { redeemed, refusals };
}

async function redemptionCount(memberId: string, benefitId: string): Promise<number> {
  const result = await database.handle.db.execute(
    sql`select count(*)::int as n from benefits.redemptions where member_id = ${memberId} and benefit_id = ${benefitId}`,
  );
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { n: number }[];
  return rows[0]!.n;
}

describe('Mutation.redeemBenefit under concurrent requests', () => {
  it('grants one of two simultaneous redemptions of an allowance of one', async () => {
    expect(await redeemAtOnce(pair, carWash, 2)).toEqual({ redeemed: 1, refusals: ['ALLOWANCE_USED'] });
    expect(await redemptionCount(pair, carWash)).toBe(1);
  });

  it('grants three of twenty simultaneous redemptions of an allowance of three', async () => {
    expect(await redeemAtOnce(crowd, lounge, 20)).toEqual({ redeemed: 3, refusals: Array(17).fill('ALLOWANCE_USED') });
    expect(await redemptionCount(crowd, lounge)).toBe(3);
  });
});
