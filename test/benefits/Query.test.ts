import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureUuid, insertBenefit, insertService } from '../fixtures/benefits.js';
import { insertPartner } from '../fixtures/partners.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const porsche = fixtureUuid(900);
const carWashA = fixtureUuid(11);
const carWashB = fixtureUuid(12);
const maintenance = fixtureUuid(13);
const lounge = fixtureUuid(14);
const trackDay = fixtureUuid(15);

const bodyKit = fixtureUuid(21);
const insurance = fixtureUuid(22);
const concierge = fixtureUuid(23);
const coating = fixtureUuid(24);
const interior = fixtureUuid(25);

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertPartner(db, { id: porsche, name: 'Porsche Centre Pudong', kind: 'CAR_MAKER' });

  // Inserted out of order, so that the order of the answers is the query's.
  await insertBenefit(db, { id: trackDay, name: 'Private track day', layer: 'EXCLUSIVE', providerPartnerId: porsche });
  await insertBenefit(db, { id: maintenance, name: 'Maintenance discount', layer: 'BASIC' });
  await insertBenefit(db, { id: lounge, name: 'Airport lounge', layer: 'VALUE_ADDED' });
  await insertBenefit(db, { id: carWashB, name: 'Car wash', layer: 'BASIC' });
  await insertBenefit(db, { id: carWashA, name: 'Car wash', layer: 'BASIC', description: 'Four washes a month.' });

  await insertService(db, { id: interior, name: 'Interior detailing', kind: 'DETAILING' });
  await insertService(db, { id: concierge, name: 'Concierge desk', kind: 'CONCIERGE', priceMinor: 88_000 });
  await insertService(db, { id: coating, name: 'Ceramic coating', kind: 'DETAILING', providerPartnerId: porsche });
  await insertService(db, { id: insurance, name: 'Track insurance', kind: 'INSURANCE' });
  await insertService(db, { id: bodyKit, name: 'Body kit', kind: 'MODIFICATION', priceMinor: 1_280_000 });

  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('Query.benefits', () => {
  it('returns every benefit by layer, then name, then id', async () => {
    const response = await gateway.request('{ benefits { id name layer } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      benefits: [
        { id: carWashA, name: 'Car wash', layer: 'BASIC' },
        { id: carWashB, name: 'Car wash', layer: 'BASIC' },
        { id: maintenance, name: 'Maintenance discount', layer: 'BASIC' },
        { id: lounge, name: 'Airport lounge', layer: 'VALUE_ADDED' },
        { id: trackDay, name: 'Private track day', layer: 'EXCLUSIVE' },
      ],
    });
  });

  it('returns only the layer asked for', async () => {
    const response = await gateway.request('{ benefits(layer: EXCLUSIVE) { id } }');
    expect(response.data).toEqual({ benefits: [{ id: trackDay }] });
  });

  it('rejects an unknown layer naming the argument', async () => {
    const response = await gateway.request('{ benefits(layer: PLATINUM) { id } }');
    expect(response.data).toBeUndefined();
    expect(response.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'layer' }]);
  });
});

describe('Query.benefit', () => {
  it('returns the benefit with its fields', async () => {
    const response = await gateway.request(`{ benefit(id: "${carWashA}") { id name description layer provider { id } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      benefit: { id: carWashA, name: 'Car wash', description: 'Four washes a month.', layer: 'BASIC', provider: null },
    });
  });

  it('accepts an upper-case UUID', async () => {
    const response = await gateway.request(`{ benefit(id: "${trackDay.toUpperCase()}") { id } }`);
    expect(response.data).toEqual({ benefit: { id: trackDay } });
  });

  it('returns null when no benefit has the id', async () => {
    const response = await gateway.request(`{ benefit(id: "${fixtureUuid(999)}") { id } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ benefit: null });
  });

  it('rejects a malformed id naming the argument', async () => {
    const response = await gateway.request('{ benefit(id: "car-wash") { id } }');
    expect(response.data).toEqual({ benefit: null });
    expect(response.errors).toEqual([
      {
        message: 'Argument "id" must be a UUID; got "car-wash".',
        path: ['benefit'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'id', serviceName: 'benefits' },
      },
    ]);
  });
});

describe('Query.services', () => {
  it('returns every service by kind in the enum order, then name', async () => {
    const response = await gateway.request('{ services { id name kind } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      services: [
        { id: bodyKit, name: 'Body kit', kind: 'MODIFICATION' },
        { id: insurance, name: 'Track insurance', kind: 'INSURANCE' },
        { id: concierge, name: 'Concierge desk', kind: 'CONCIERGE' },
        { id: coating, name: 'Ceramic coating', kind: 'DETAILING' },
        { id: interior, name: 'Interior detailing', kind: 'DETAILING' },
      ],
    });
  });

  it('returns only the kind asked for, by name', async () => {
    const response = await gateway.request('{ services(kind: DETAILING) { name } }');
    expect(response.data).toEqual({ services: [{ name: 'Ceramic coating' }, { name: 'Interior detailing' }] });
  });

  it('returns an empty list for a kind without services', async () => {
    const response = await gateway.request('{ services(kind: TRAVEL) { name } }');
    expect(response.data).toEqual({ services: [] });
  });
});

describe('Query.service', () => {
  it('returns the service with its price and no provider', async () => {
    const response = await gateway.request(
      `{ service(id: "${bodyKit}") { id name description kind price { amountMinor currency } provider { id } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      service: {
        id: bodyKit,
        name: 'Body kit',
        description: "Body kit, from the club's catalogue.",
        kind: 'MODIFICATION',
        price: { amountMinor: 1_280_000, currency: 'CNY' },
        provider: null,
      },
    });
  });

  it('returns the providing partner, resolved by the partners subgraph', async () => {
    const response = await gateway.request(`{ service(id: "${coating}") { provider { id name kind } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      service: { provider: { id: porsche, name: 'Porsche Centre Pudong', kind: 'CAR_MAKER' } },
    });
  });

  it('returns null when no service has the id', async () => {
    const response = await gateway.request(`{ service(id: "${fixtureUuid(999)}") { id } }`);
    expect(response.data).toEqual({ service: null });
  });

  it('rejects a malformed id naming the argument', async () => {
    const response = await gateway.request('{ service(id: "42") { id } }');
    expect(response.data).toEqual({ service: null });
    expect(response.errors?.map(({ path, extensions }) => ({ path, extensions }))).toEqual([
      { path: ['service'], extensions: { code: 'BAD_USER_INPUT', argument: 'id', serviceName: 'benefits' } },
    ]);
  });
});
