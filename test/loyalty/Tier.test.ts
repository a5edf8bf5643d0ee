import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benefits, tierBenefits } from '../../src/benefits/data/tables.js';
import { insertReferenceData } from '../fixtures/loyalty.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

beforeAll(async () => {
  database = await openTestDatabase();
  await insertReferenceData(database.handle.db);
  // A benefit whose matrix refers to tiers, so that the gateway asks the
  // loyalty subgraph to resolve Tier references.
  const carWash = 'be000000-0000-4000-8000-000000000001';
  await database.handle.db.insert(benefits).values({
    id: carWash,
    name: 'Car wash',
    description: 'A hand wash at a partner site.',
    layer: 'BASIC',
    providerPartnerId: null,
  });
  await database.handle.db.insert(tierBenefits).values([
    { tierId: 'diamond', benefitId: carWash, allowance: null, period: 'UNLIMITED' },
  ]);
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('Query.tiers', () => {
  it('returns the five tiers by rank, Bronze first, with their thresholds', async () => {
    const response = await gateway.request('{ tiers { id code name rank entryThreshold keepThreshold } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      tiers: [
        { id: 'bronze', code: 'BRONZE', name: 'Bronze', rank: 1, entryThreshold: 0, keepThreshold: 0 },
        { id: 'silver', code: 'SILVER', name: 'Silver', rank: 2, entryThreshold: 1000, keepThreshold: 800 },
        { id: 'gold', code: 'GOLD', name: 'Gold', rank: 3, entryThreshold: 3000, keepThreshold: 2500 },
        { id: 'platinum', code: 'PLATINUM', name: 'Platinum', rank: 4, entryThreshold: 8000, keepThreshold: 6500 },
        { id: 'diamond', code: 'DIAMOND', name: 'Diamond', rank: 5, entryThreshold: 20000, keepThreshold: 16000 },
      ],
    });
  });

  it('is readable by anonymous viewers, partners and analysts', async () => {
    const viewers = [
      undefined,
      { role: 'partner', partnerId: '7d4c5b8e-0f1a-4b2c-9d3e-112233445566' },
      { role: 'analyst', subject: 'a1' },
    ] as const;
    for (const as of viewers) {
      const response = await gateway.request('{ tiers { code } }', { as });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        tiers: [{ code: 'BRONZE' }, { code: 'SILVER' }, { code: 'GOLD' }, { code: 'PLATINUM' }, { code: 'DIAMOND' }],
      });
    }
  });

  it('loads the fee plans of all tiers in one statement', async () => {
    const { result, statements } = await database.countStatements(() =>
      gateway.request('{ tiers { code feePlan { id } } }'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      tiers: [
        { code: 'BRONZE', feePlan: { id: 'standard' } },
        { code: 'SILVER', feePlan: { id: 'standard' } },
        { code: 'GOLD', feePlan: { id: 'premium' } },
        { code: 'PLATINUM', feePlan: { id: 'premium' } },
        { code: 'DIAMOND', feePlan: { id: 'flagship' } },
      ],
    });
    expect(statements).toBe(2);
  });
});

describe('Query.tier', () => {
  it('returns the tier with its fee plan', async () => {
    const response = await gateway.request(
      '{ tier(id: "gold") { id code name rank entryThreshold keepThreshold feePlan { id code annualDues { amountMinor currency } } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      tier: {
        id: 'gold',
        code: 'GOLD',
        name: 'Gold',
        rank: 3,
        entryThreshold: 3000,
        keepThreshold: 2500,
        feePlan: { id: 'premium', code: 'PREMIUM', annualDues: { amountMinor: 388000, currency: 'CNY' } },
      },
    });
  });

  it('returns null when no tier has the id', async () => {
    const response = await gateway.request('{ tier(id: "titanium") { id } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ tier: null });
  });

  it('rejects a malformed id as BAD_USER_INPUT naming the argument', async () => {
    const response = await gateway.request('{ tier(id: "Gold Tier") { id } }');
    expect(response.data).toEqual({ tier: null });
    expect(response.errors).toEqual([
      {
        message: 'Argument "id" must be a lowercase slug of letters, digits and hyphens, such as "gold" or "shanghai"; got "Gold Tier".',
        path: ['tier'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'id', serviceName: 'loyalty' },
      },
    ]);
  });
});

describe('Tier.__resolveReference', () => {
  it('resolves a tier the benefits subgraph refers to', async () => {
    const response = await gateway.request('{ benefits { name allowances { tier { id code name rank feePlan { id } } } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      benefits: [
        {
          name: 'Car wash',
          allowances: [{ tier: { id: 'diamond', code: 'DIAMOND', name: 'Diamond', rank: 5, feePlan: { id: 'flagship' } } }],
        },
      ],
    });
  });
});
