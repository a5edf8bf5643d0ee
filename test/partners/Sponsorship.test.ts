import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapters, regions } from '../../src/chapters/data/tables.js';
import type { TokenSubject } from '../../src/core/auth.js';
import { fixtureUuid, insertPartner, insertSponsorship } from '../fixtures/partners.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const aman = fixtureUuid(1);
const audi = fixtureUuid(2);
const bmw = fixtureUuid(3);
const porsche = fixtureUuid(4);
const zeekr = fixtureUuid(5);

// Porsche's GOLD deal covers the launch and the salon; its TITLE deal covers
// the launch too, so Porsche sponsors the launch at TITLE and the salon at GOLD.
const porscheGold = fixtureUuid(101);
const porscheTitle = fixtureUuid(102);
const audiPlatinum = fixtureUuid(103);
const bmwGold = fixtureUuid(104);
const amanGold = fixtureUuid(105);
const zeekrTitle = fixtureUuid(106);
const amanRegional = fixtureUuid(107);

const launch = fixtureUuid(201);
const salon = fixtureUuid(202);
const roadTrip = fixtureUuid(203);

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await db.insert(regions).values({ id: 'east', code: 'EAST', name: 'East China', position: 1 });
  await db.insert(chapters).values([
    { id: 'shanghai', name: 'Shanghai Chapter', city: 'Shanghai', regionId: 'east', foundedOn: '2019-03-01' },
    { id: 'hangzhou', name: 'Hangzhou Chapter', city: 'Hangzhou', regionId: 'east', foundedOn: '2020-05-01' },
    { id: 'suzhou', name: 'Suzhou Chapter', city: 'Suzhou', regionId: 'east', foundedOn: '2021-05-01' },
  ]);

  await insertPartner(db, { id: porsche, name: 'Porsche' });
  await insertPartner(db, { id: zeekr, name: 'Zeekr' });
  await insertPartner(db, { id: bmw, name: 'BMW' });
  await insertPartner(db, { id: audi, name: 'Audi' });
  await insertPartner(db, { id: aman, name: 'Aman', kind: 'TRAVEL_HOSPITALITY' });

  // Event ids are inserted out of order, so the order of the answers is the query's.
  await insertSponsorship(
    db,
    { id: porscheGold, partnerId: porsche, level: 'GOLD', valueMinor: 80_000_000, revenueSharePercent: 12.5 },
    { eventIds: [salon, launch] },
  );
  await insertSponsorship(db, { id: porscheTitle, partnerId: porsche, level: 'TITLE' }, { eventIds: [launch] });
  await insertSponsorship(db, { id: audiPlatinum, partnerId: audi, level: 'PLATINUM' }, { eventIds: [launch] });
  await insertSponsorship(db, { id: bmwGold, partnerId: bmw, level: 'GOLD' }, { eventIds: [launch] });
  await insertSponsorship(db, { id: amanGold, partnerId: aman, level: 'GOLD' }, { eventIds: [launch, salon] });
  await insertSponsorship(db, { id: zeekrTitle, partnerId: zeekr, level: 'TITLE' }, { eventIds: [launch, roadTrip] });
  await insertSponsorship(db, { id: amanRegional, partnerId: aman, level: 'PLATINUM' }, { chapterIds: ['suzhou', 'hangzhou', 'shanghai'] });

  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const terms = `{ sponsorship(id: "${porscheGold}") { level value { amountMinor currency } revenueSharePercent } }`;

describe('Sponsorship.value and Sponsorship.revenueSharePercent', () => {
  const insiders: Array<[string, TokenSubject]> = [
    ['staff', { role: 'staff', subject: 's1' }],
    ['the sponsoring partner', { role: 'partner', partnerId: porsche }],
  ];
  it.each(insiders)('are visible to %s', async (_who, as) => {
    const response = await gateway.request(terms, { as });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      sponsorship: { level: 'GOLD', value: { amountMinor: 80_000_000, currency: 'CNY' }, revenueSharePercent: 12.5 },
    });
  });

  it('returns a null revenue share for a deal without one', async () => {
    const response = await gateway.request(`{ sponsorship(id: "${porscheTitle}") { value { amountMinor } revenueSharePercent } }`, {
      as: { role: 'partner', partnerId: porsche },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ sponsorship: { value: { amountMinor: 50_000_000 }, revenueSharePercent: null } });
  });

  const outsiders: Array<[string, TokenSubject | undefined]> = [
    ['another partner', { role: 'partner', partnerId: audi }],
    ['a member', { role: 'member', memberId: fixtureUuid(801) }],
    ['an analyst', { role: 'analyst', subject: 'a1' }],
    ['an anonymous viewer', undefined],
  ];
  it.each(outsiders)('are null with FORBIDDEN for %s, and the rest resolves', async (_who, as) => {
    const response = await gateway.request(terms, { as });
    expect(response.data).toEqual({ sponsorship: { level: 'GOLD', value: null, revenueSharePercent: null } });
    expect(response.errors).toEqual([
      {
        message: 'Only staff and the partner itself may read Sponsorship.value.',
        path: ['sponsorship', 'value'],
        extensions: { code: 'FORBIDDEN', field: 'Sponsorship.value', reason: 'PARTNER_DATA', serviceName: 'partners' },
      },
      {
        message: 'Only staff and the partner itself may read Sponsorship.revenueSharePercent.',
        path: ['sponsorship', 'revenueSharePercent'],
        extensions: { code: 'FORBIDDEN', field: 'Sponsorship.revenueSharePercent', reason: 'PARTNER_DATA', serviceName: 'partners' },
      },
    ]);
  });

  it('shows a partner its own deals in a list and hides another partner\'s', async () => {
    const response = await gateway.request(
      `{ partner(id: "${aman}") { sponsorships { id value { amountMinor } } } }`,
      { as: { role: 'partner', partnerId: porsche } },
    );
    expect(response.data).toEqual({
      partner: { sponsorships: [{ id: amanRegional, value: null }, { id: amanGold, value: null }] },
    });
    expect(response.errors?.map(({ path, extensions }) => ({ path, code: extensions?.code }))).toEqual([
      { path: ['partner', 'sponsorships', 0, 'value'], code: 'FORBIDDEN' },
      { path: ['partner', 'sponsorships', 1, 'value'], code: 'FORBIDDEN' },
    ]);
  });
});

describe('Sponsorship.events', () => {
  it('returns the events covered, in order of id', async () => {
    const response = await gateway.request(`{ sponsorship(id: "${porscheGold}") { events { id } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ sponsorship: { events: [{ id: launch }, { id: salon }] } });
  });

  it('returns an empty list for a sponsorship of chapters only', async () => {
    const response = await gateway.request(`{ sponsorship(id: "${amanRegional}") { events { id } } }`);
    expect(response.data).toEqual({ sponsorship: { events: [] } });
  });
});

describe('Sponsorship.chapters', () => {
  it('returns the chapters covered in order of id, resolved by the chapters subgraph', async () => {
    const response = await gateway.request(`{ sponsorship(id: "${amanRegional}") { chapters { id name } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      sponsorship: {
        chapters: [
          { id: 'hangzhou', name: 'Hangzhou Chapter' },
          { id: 'shanghai', name: 'Shanghai Chapter' },
          { id: 'suzhou', name: 'Suzhou Chapter' },
        ],
      },
    });
  });

  it('returns an empty list for a sponsorship of events only', async () => {
    const response = await gateway.request(`{ sponsorship(id: "${porscheGold}") { chapters { id } } }`);
    expect(response.data).toEqual({ sponsorship: { chapters: [] } });
  });
});

describe('Event.sponsors', () => {
  it('lists each sponsor once at its highest level, highest level first, then by name', async () => {
    const response = await gateway.request(`{ sponsorship(id: "${porscheGold}") { events { id sponsors { id name } } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      sponsorship: {
        events: [
          {
            id: launch,
            sponsors: [
              { id: porsche, name: 'Porsche' },
              { id: zeekr, name: 'Zeekr' },
              { id: audi, name: 'Audi' },
              { id: aman, name: 'Aman' },
              { id: bmw, name: 'BMW' },
            ],
          },
          {
            id: salon,
            sponsors: [
              { id: aman, name: 'Aman' },
              { id: porsche, name: 'Porsche' },
            ],
          },
        ],
      },
    });
  });

  it('keeps each event its own sponsors when several are batched', async () => {
    const response = await gateway.request(`{ sponsorship(id: "${zeekrTitle}") { events { id sponsors { name } } } }`);
    expect(response.data).toEqual({
      sponsorship: {
        events: [
          { id: launch, sponsors: [{ name: 'Porsche' }, { name: 'Zeekr' }, { name: 'Audi' }, { name: 'Aman' }, { name: 'BMW' }] },
          { id: roadTrip, sponsors: [{ name: 'Zeekr' }] },
        ],
      },
    });
  });

  it('sends as many statements for two events as for one', async () => {
    const query = (id: string) => `{ sponsorship(id: "${id}") { events { sponsors { name sponsorships { id } } } } }`;
    const one = await database.countStatements(() => gateway.request(query(porscheTitle)));
    const two = await database.countStatements(() => gateway.request(query(porscheGold)));
    expect(two.result.errors).toBeUndefined();
    // The sponsorship, its events, the events' sponsors, the sponsors' sponsorships.
    expect(two.statements).toBe(4);
    expect(one.statements).toBe(two.statements);
  });
});
