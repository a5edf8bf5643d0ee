import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureUuid, insertBenefit, insertService, insertTierBenefits } from '../fixtures/benefits.js';
import { insertPartner } from '../fixtures/partners.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const porsche = fixtureUuid(900);
const bank = fixtureUuid(901);

const carWash = fixtureUuid(11);
const lounge = fixtureUuid(12);
const firstDrive = fixtureUuid(13);
const trackDay = fixtureUuid(14);
const maintenance = fixtureUuid(15);

const detailing = fixtureUuid(21);
const coating = fixtureUuid(22);

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertPartner(db, { id: porsche, name: 'Porsche Centre Pudong' });
  await insertPartner(db, { id: bank, name: 'Bank of Ningbo', kind: 'FINANCIAL' });

  await insertBenefit(db, { id: carWash, name: 'Car wash', layer: 'BASIC' });
  await insertBenefit(db, { id: lounge, name: 'Airport lounge', layer: 'VALUE_ADDED' });
  await insertBenefit(db, { id: trackDay, name: 'Track day', layer: 'EXCLUSIVE', providerPartnerId: porsche });
  await insertBenefit(db, { id: firstDrive, name: 'First drive', layer: 'EXCLUSIVE', providerPartnerId: porsche });
  await insertBenefit(db, { id: maintenance, name: 'Maintenance discount', layer: 'BASIC', providerPartnerId: porsche });

  await insertService(db, { id: detailing, name: 'Interior detailing', kind: 'DETAILING', providerPartnerId: porsche });
  await insertService(db, { id: coating, name: 'Ceramic coating', kind: 'DETAILING', providerPartnerId: porsche });

  // The tiers of the car wash are inserted out of order, with two ids the
  // fixed tier order does not know.
  await insertTierBenefits(db, [
    { tierId: 'diamond', benefitId: carWash, allowance: null, period: 'UNLIMITED' },
    { tierId: 'legacy', benefitId: carWash, allowance: 1, period: 'YEAR' },
    { tierId: 'gold', benefitId: carWash, allowance: 4, period: 'MONTH' },
    { tierId: 'bronze', benefitId: carWash, allowance: 1, period: 'MONTH' },
    { tierId: 'founders', benefitId: carWash, allowance: 2, period: 'YEAR' },
    { tierId: 'platinum', benefitId: carWash, allowance: 8, period: 'MONTH' },
    { tierId: 'silver', benefitId: carWash, allowance: 2, period: 'MONTH' },
    { tierId: 'gold', benefitId: trackDay, allowance: 1, period: 'YEAR' },
    { tierId: 'gold', benefitId: lounge, allowance: 6, period: 'YEAR' },
    { tierId: 'gold', benefitId: firstDrive, allowance: 2, period: 'YEAR' },
    { tierId: 'diamond', benefitId: trackDay, allowance: null, period: 'UNLIMITED' },
  ]);

  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('Benefit.provider', () => {
  it('returns null when the club provides the benefit itself', async () => {
    const response = await gateway.request(`{ benefit(id: "${carWash}") { provider { id } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ benefit: { provider: null } });
  });

  it('returns the partner, resolved by the partners subgraph', async () => {
    const response = await gateway.request(`{ benefit(id: "${trackDay}") { provider { id name kind } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ benefit: { provider: { id: porsche, name: 'Porsche Centre Pudong', kind: 'CAR_MAKER' } } });
  });
});

describe('Benefit.allowances', () => {
  it('returns the tiers lowest first, with unknown tiers last by id', async () => {
    const response = await gateway.request(
      `{ benefit(id: "${carWash}") { allowances { tier { id } allowance period benefit { id } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      benefit: {
        allowances: [
          { tier: { id: 'bronze' }, allowance: 1, period: 'MONTH', benefit: { id: carWash } },
          { tier: { id: 'silver' }, allowance: 2, period: 'MONTH', benefit: { id: carWash } },
          { tier: { id: 'gold' }, allowance: 4, period: 'MONTH', benefit: { id: carWash } },
          { tier: { id: 'platinum' }, allowance: 8, period: 'MONTH', benefit: { id: carWash } },
          { tier: { id: 'diamond' }, allowance: null, period: 'UNLIMITED', benefit: { id: carWash } },
          { tier: { id: 'founders' }, allowance: 2, period: 'YEAR', benefit: { id: carWash } },
          { tier: { id: 'legacy' }, allowance: 1, period: 'YEAR', benefit: { id: carWash } },
        ],
      },
    });
  });

  it('returns an empty list for a benefit outside the matrix', async () => {
    const response = await gateway.request(`{ benefit(id: "${maintenance}") { allowances { allowance } } }`);
    expect(response.data).toEqual({ benefit: { allowances: [] } });
  });

  it('keeps each benefit its own rows when several are batched', async () => {
    const response = await gateway.request('{ benefits(layer: EXCLUSIVE) { name allowances { tier { id } } } }');
    expect(response.data).toEqual({
      benefits: [
        { name: 'First drive', allowances: [{ tier: { id: 'gold' } }] },
        { name: 'Track day', allowances: [{ tier: { id: 'gold' } }, { tier: { id: 'diamond' } }] },
      ],
    });
  });
});

describe('Tier.benefits', () => {
  it('returns the tier benefits by layer, then name', async () => {
    const response = await gateway.request(
      `{ benefit(id: "${lounge}") { allowances { tier { id benefits { benefit { name layer } allowance period } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      benefit: {
        allowances: [
          {
            tier: {
              id: 'gold',
              benefits: [
                { benefit: { name: 'Car wash', layer: 'BASIC' }, allowance: 4, period: 'MONTH' },
                { benefit: { name: 'Airport lounge', layer: 'VALUE_ADDED' }, allowance: 6, period: 'YEAR' },
                { benefit: { name: 'First drive', layer: 'EXCLUSIVE' }, allowance: 2, period: 'YEAR' },
                { benefit: { name: 'Track day', layer: 'EXCLUSIVE' }, allowance: 1, period: 'YEAR' },
              ],
            },
          },
        ],
      },
    });
  });
});

describe('Partner.providedBenefits', () => {
  it('returns the benefits the partner provides, by name', async () => {
    const response = await gateway.request(`{ partner(id: "${porsche}") { name providedBenefits { id name } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      partner: {
        name: 'Porsche Centre Pudong',
        providedBenefits: [
          { id: firstDrive, name: 'First drive' },
          { id: maintenance, name: 'Maintenance discount' },
          { id: trackDay, name: 'Track day' },
        ],
      },
    });
  });

  it('returns an empty list for a partner providing none', async () => {
    const response = await gateway.request(`{ partner(id: "${bank}") { providedBenefits { id } providedServices { id } } }`);
    expect(response.data).toEqual({ partner: { providedBenefits: [], providedServices: [] } });
  });
});

describe('Partner.providedServices', () => {
  it('returns the services the partner delivers, by name', async () => {
    const response = await gateway.request(`{ partner(id: "${porsche}") { providedServices { id name } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      partner: {
        providedServices: [
          { id: coating, name: 'Ceramic coating' },
          { id: detailing, name: 'Interior detailing' },
        ],
      },
    });
  });
});

describe('Batching of the benefit matrix', () => {
  const query = `{
    benefits {
      allowances { allowance tier { id benefits { benefit { id } } } benefit { id } }
      provider { providedBenefits { id } providedServices { id } }
    }
  }`;

  it('sends one statement per list, however many rows each has', async () => {
    const { result, statements } = await database.countStatements(() => gateway.request(query));
    expect(result.errors).toBeUndefined();
    // benefits, allowances of benefits, allowances of tiers, benefits by id,
    // then benefits and services of providers.
    expect(statements).toBe(6);
  });

  it('sends as many statements for one benefit as for all of them', async () => {
    const one = await database.countStatements(() =>
      gateway.request(query.replace('benefits {', `benefit(id: "${trackDay}") {`)),
    );
    const all = await database.countStatements(() => gateway.request(query));
    expect(one.result.errors).toBeUndefined();
    expect(one.statements).toBe(all.statements);
  });
});
