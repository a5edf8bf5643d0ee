import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { membershipTerms } from '../../src/members/data/tables.js';
import { feePlanRows, insertMember, insertReferenceData } from '../fixtures/loyalty.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const member = '0a1b2c3d-0000-4000-8000-0000000000aa';

beforeAll(async () => {
  database = await openTestDatabase();
  // Standard costs as much as premium here, so that the order by id shows.
  await insertReferenceData(database.handle.db, {
    feePlans: feePlanRows.map((plan) => (plan.id === 'standard' ? { ...plan, annualDuesMinor: 388_000 } : plan)),
  });
  await insertMember(database.handle.db, { id: member });
  await database.handle.db.insert(membershipTerms).values([
    { id: 'b0000000-0000-4000-8000-000000000001', memberId: member, startsOn: '2024-03-01', endsOn: '2025-02-28', feePlanId: 'standard', duesMinor: 128_000, currency: 'CNY', duesPaidAt: null, outcome: 'RENEWED', outcomeAt: null },
    { id: 'b0000000-0000-4000-8000-000000000002', memberId: member, startsOn: '2025-03-01', endsOn: '2026-02-28', feePlanId: 'premium', duesMinor: 388_000, currency: 'CNY', duesPaidAt: null, outcome: 'OPEN', outcomeAt: null },
  ]);
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('Query.feePlans', () => {
  it('returns the plans cheapest first, then by id, with their dues', async () => {
    const response = await gateway.request('{ feePlans { id code name annualDues { amountMinor currency } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      feePlans: [
        { id: 'premium', code: 'PREMIUM', name: 'Premium', annualDues: { amountMinor: 388000, currency: 'CNY' } },
        { id: 'standard', code: 'STANDARD', name: 'Standard', annualDues: { amountMinor: 388000, currency: 'CNY' } },
        { id: 'flagship', code: 'FLAGSHIP', name: 'Flagship', annualDues: { amountMinor: 888000, currency: 'CNY' } },
      ],
    });
  });

  it('is readable by anonymous viewers and partners', async () => {
    for (const as of [undefined, { role: 'partner', partnerId: '7d4c5b8e-0f1a-4b2c-9d3e-112233445566' }] as const) {
      const response = await gateway.request('{ feePlans { id } }', { as });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ feePlans: [{ id: 'premium' }, { id: 'standard' }, { id: 'flagship' }] });
    }
  });
});

describe('FeePlan.tiers', () => {
  it('lists each plan\'s tiers lowest rank first, batched in one statement', async () => {
    const { result, statements } = await database.countStatements(() =>
      gateway.request('{ feePlans { id tiers { code rank feePlan { id } } } }'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      feePlans: [
        {
          id: 'premium',
          tiers: [
            { code: 'GOLD', rank: 3, feePlan: { id: 'premium' } },
            { code: 'PLATINUM', rank: 4, feePlan: { id: 'premium' } },
          ],
        },
        {
          id: 'standard',
          tiers: [
            { code: 'BRONZE', rank: 1, feePlan: { id: 'standard' } },
            { code: 'SILVER', rank: 2, feePlan: { id: 'standard' } },
          ],
        },
        { id: 'flagship', tiers: [{ code: 'DIAMOND', rank: 5, feePlan: { id: 'flagship' } }] },
      ],
    });
    // The plans, their tiers, and the tiers' plans (one batch for all five).
    expect(statements).toBe(3);
  });
});

describe('Query.feePlan', () => {
  it('returns the plan with its tiers', async () => {
    const response = await gateway.request('{ feePlan(id: "flagship") { id code annualDues { amountMinor } tiers { id } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      feePlan: { id: 'flagship', code: 'FLAGSHIP', annualDues: { amountMinor: 888000 }, tiers: [{ id: 'diamond' }] },
    });
  });

  it('returns null when no plan has the id', async () => {
    const response = await gateway.request('{ feePlan(id: "platinum-plus") { id } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ feePlan: null });
  });

  it('rejects a malformed id as BAD_USER_INPUT naming the argument', async () => {
    const response = await gateway.request('query ($id: ID!) { feePlan(id: $id) { id } }', { variables: { id: '../premium' } });
    expect(response.data).toEqual({ feePlan: null });
    expect(response.errors).toEqual([
      {
        message: 'Argument "id" must be a lowercase slug of letters, digits and hyphens, such as "gold" or "shanghai"; got "../premium".',
        path: ['feePlan'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'id', serviceName: 'loyalty' },
      },
    ]);
  });
});

describe('FeePlan.__resolveReference', () => {
  it('resolves the fee plans the members subgraph refers to, in one statement', async () => {
    const { result, statements } = await database.countStatements(() =>
      gateway.request('query ($id: ID!) { member(id: $id) { terms { feePlan { id name annualDues { amountMinor currency } } } } }', {
        variables: { id: member },
        as: { role: 'staff', subject: 's1' },
      }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      member: {
        terms: [
          { feePlan: { id: 'premium', name: 'Premium', annualDues: { amountMinor: 388000, currency: 'CNY' } } },
          { feePlan: { id: 'standard', name: 'Standard', annualDues: { amountMinor: 388000, currency: 'CNY' } } },
        ],
      },
    });
    // The member, its terms, and both fee plans together.
    expect(statements).toBe(3);
  });
});
