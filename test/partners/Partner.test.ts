import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapters, regions } from '../../src/chapters/data/tables.js';
import { insertBenefit } from '../fixtures/benefits.js';
import { fixtureUuid, insertOffer, insertPartner, insertSponsorship } from '../fixtures/partners.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const porsche = fixtureUuid(1);
const washHouse = fixtureUuid(2);
const tyreWorks = fixtureUuid(3);
const brokenSite = fixtureUuid(4);
const audi = fixtureUuid(5);

const firstDrive = fixtureUuid(201);

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await db.insert(regions).values({ id: 'east', code: 'EAST', name: 'East China', position: 1 });
  await db.insert(chapters).values([
    { id: 'shanghai', name: 'Shanghai Chapter', city: 'Shanghai', regionId: 'east', foundedOn: '2019-03-01' },
    { id: 'hangzhou', name: 'Hangzhou Chapter', city: 'Hangzhou', regionId: 'east', foundedOn: '2020-05-01' },
  ]);

  await insertPartner(db, { id: porsche, name: 'Porsche', website: 'https://www.porsche.com/china', partnerSince: '2019-06-01' });
  await insertPartner(db, { id: washHouse, name: 'Wash House', kind: 'LOCAL_SERVICE', chapterId: 'shanghai' });
  await insertPartner(db, { id: tyreWorks, name: 'Tyre Works', kind: 'LOCAL_SERVICE', chapterId: 'shanghai' });
  await insertPartner(db, { id: brokenSite, name: 'Old Garage', kind: 'LOCAL_SERVICE', website: 'old garage dot com' });
  await insertPartner(db, { id: audi, name: 'Audi' });

  await insertSponsorship(db, { id: fixtureUuid(101), partnerId: porsche, startsOn: '2024-01-01', endsOn: '2024-12-31' });
  await insertSponsorship(db, { id: fixtureUuid(103), partnerId: porsche, startsOn: '2026-01-01', endsOn: '2026-12-31' });
  await insertSponsorship(db, { id: fixtureUuid(102), partnerId: porsche, startsOn: '2025-01-01', endsOn: '2025-12-31' });
  await insertSponsorship(db, { id: fixtureUuid(111), partnerId: audi, startsOn: '2026-01-01', endsOn: '2026-06-30' });

  await insertBenefit(db, { id: firstDrive, name: 'First drive of the new 911', layer: 'EXCLUSIVE', providerPartnerId: porsche });
  await insertOffer(db, { id: fixtureUuid(301), partnerId: porsche, title: 'Winter tyre check', validFrom: '2025-11-01', validUntil: '2026-02-28' });
  await insertOffer(db, { id: fixtureUuid(302), partnerId: porsche, title: 'First drive', validFrom: '2026-04-01', benefitId: firstDrive });
  await insertOffer(db, { id: fixtureUuid(303), partnerId: porsche, title: 'Track day', validFrom: '2026-01-15' });
  await insertOffer(db, { id: fixtureUuid(311), partnerId: audi, title: 'Quattro training', validFrom: '2026-02-01' });

  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('Partner.website', () => {
  it('returns the stored address as a URL', async () => {
    const response = await gateway.request(`{ partner(id: "${porsche}") { website } }`);
    expect(response.data).toEqual({ partner: { website: 'https://www.porsche.com/china' } });
  });

  it('returns null when the partner has none', async () => {
    const response = await gateway.request(`{ partner(id: "${audi}") { website } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ partner: { website: null } });
  });

  it('returns null without an error when the stored text is not a URL', async () => {
    const response = await gateway.request(`{ partner(id: "${brokenSite}") { name website } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ partner: { name: 'Old Garage', website: null } });
  });
});

describe('Partner.chapter', () => {
  it('returns the chapter of a local partner, resolved by the chapters subgraph', async () => {
    const response = await gateway.request(`{ partner(id: "${washHouse}") { chapter { id name } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ partner: { chapter: { id: 'shanghai', name: 'Shanghai Chapter' } } });
  });

  it('returns null for a national partner', async () => {
    const response = await gateway.request(`{ partner(id: "${porsche}") { chapter { id } } }`);
    expect(response.data).toEqual({ partner: { chapter: null } });
  });
});

describe('Partner.sponsorships', () => {
  it('returns the sponsorships newest first', async () => {
    const response = await gateway.request(`{ partner(id: "${porsche}") { sponsorships { id startsOn partner { name } } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      partner: {
        sponsorships: [
          { id: fixtureUuid(103), startsOn: '2026-01-01', partner: { name: 'Porsche' } },
          { id: fixtureUuid(102), startsOn: '2025-01-01', partner: { name: 'Porsche' } },
          { id: fixtureUuid(101), startsOn: '2024-01-01', partner: { name: 'Porsche' } },
        ],
      },
    });
  });

  it('returns an empty list for a partner without sponsorships', async () => {
    const response = await gateway.request(`{ partner(id: "${washHouse}") { sponsorships { id } } }`);
    expect(response.data).toEqual({ partner: { sponsorships: [] } });
  });
});

describe('Partner.offers', () => {
  it('returns the offers newest first, with their benefit when they became one', async () => {
    const response = await gateway.request(
      `{ partner(id: "${porsche}") { offers { id title description validFrom validUntil partner { id } benefit { id name } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      partner: {
        offers: [
          {
            id: fixtureUuid(302),
            title: 'First drive',
            description: 'First drive, for club members.',
            validFrom: '2026-04-01',
            validUntil: null,
            partner: { id: porsche },
            benefit: { id: firstDrive, name: 'First drive of the new 911' },
          },
          {
            id: fixtureUuid(303),
            title: 'Track day',
            description: 'Track day, for club members.',
            validFrom: '2026-01-15',
            validUntil: null,
            partner: { id: porsche },
            benefit: null,
          },
          {
            id: fixtureUuid(301),
            title: 'Winter tyre check',
            description: 'Winter tyre check, for club members.',
            validFrom: '2025-11-01',
            validUntil: '2026-02-28',
            partner: { id: porsche },
            benefit: null,
          },
        ],
      },
    });
  });
});

describe('Chapter.localPartners', () => {
  it('returns the partners serving the chapter by name', async () => {
    const response = await gateway.request('{ chapter(id: "shanghai") { name localPartners { id name kind } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      chapter: {
        name: 'Shanghai Chapter',
        localPartners: [
          { id: tyreWorks, name: 'Tyre Works', kind: 'LOCAL_SERVICE' },
          { id: washHouse, name: 'Wash House', kind: 'LOCAL_SERVICE' },
        ],
      },
    });
  });

  it('returns an empty list for a chapter without local partners', async () => {
    const response = await gateway.request('{ chapter(id: "hangzhou") { localPartners { id } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ chapter: { localPartners: [] } });
  });

  it('returns the partners of a partner\'s own chapter', async () => {
    const response = await gateway.request(`{ partner(id: "${tyreWorks}") { chapter { localPartners { name } } } }`);
    expect(response.data).toEqual({ partner: { chapter: { localPartners: [{ name: 'Tyre Works' }, { name: 'Wash House' }] } } });
  });
});

describe('Batching of partners\' lists', () => {
  it('sends one statement per list, however many partners the page has', async () => {
    const query = (first: number) =>
      `{ partners(first: ${first}) { edges { node { sponsorships { partner { id } } offers { partner { id } } chapter { localPartners { id } } } } } }`;
    // Tyre Works, fourth by name, is the first partner with a chapter, so
    // both pages reach every list.
    const four = await database.countStatements(() => gateway.request(query(4)));
    const all = await database.countStatements(() => gateway.request(query(50)));
    expect(all.result.errors).toBeUndefined();
    // The page; sponsorships, offers and local partners of chapters; the
    // sponsoring and offering partners by id.
    expect(all.statements).toBe(5);
    expect(four.statements).toBe(all.statements);
  });
});
