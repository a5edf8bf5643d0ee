import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapterLeads, chapters, regions } from '../../src/chapters/data/tables.js';
import type { TokenSubject } from '../../src/core/auth.js';
import {
  fixtureUuid,
  insertBenefit,
  insertRedemptions,
  insertService,
  insertServiceOrders,
} from '../fixtures/benefits.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

// Members are reached through the chapters subgraph's leads, so these tests
// do not depend on the members subgraph: Shanghai is led by Mei and Li,
// Hangzhou by Mei alone.
const mei = fixtureUuid(801);
const li = fixtureUuid(802);
const stranger = fixtureUuid(803);

const carWash = fixtureUuid(11);
const lounge = fixtureUuid(12);
const coating = fixtureUuid(21);

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 0, day, hour));

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await db.insert(regions).values({ id: 'east', code: 'EAST', name: 'East China', position: 1 });
  await db.insert(chapters).values([
    { id: 'shanghai', name: 'Shanghai Chapter', city: 'Shanghai', regionId: 'east', foundedOn: '2019-03-01' },
    { id: 'hangzhou', name: 'Hangzhou Chapter', city: 'Hangzhou', regionId: 'east', foundedOn: '2020-05-01' },
  ]);
  await db.insert(chapterLeads).values([
    { chapterId: 'shanghai', memberId: mei, role: 'CHAIR', since: '2024-01-01' },
    { chapterId: 'shanghai', memberId: li, role: 'VICE_CHAIR', since: '2024-01-01' },
    { chapterId: 'hangzhou', memberId: mei, role: 'CHAIR', since: '2024-01-01' },
  ]);

  await insertBenefit(db, { id: carWash, name: 'Car wash' });
  await insertBenefit(db, { id: lounge, name: 'Airport lounge', layer: 'VALUE_ADDED' });
  await insertService(db, { id: coating, name: 'Ceramic coating', kind: 'DETAILING', priceMinor: 500_000 });

  // Two of Mei's redemptions share an instant: the id breaks the tie.
  await insertRedemptions(db, [
    { id: fixtureUuid(101), memberId: mei, benefitId: carWash, redeemedAt: at(1) },
    { id: fixtureUuid(102), memberId: mei, benefitId: lounge, redeemedAt: at(5) },
    { id: fixtureUuid(103), memberId: mei, benefitId: carWash, redeemedAt: at(3) },
    { id: fixtureUuid(104), memberId: mei, benefitId: carWash, redeemedAt: at(3) },
    { id: fixtureUuid(111), memberId: li, benefitId: lounge, redeemedAt: at(2) },
    { id: fixtureUuid(112), memberId: li, benefitId: carWash, redeemedAt: at(4) },
    { id: fixtureUuid(121), memberId: stranger, benefitId: carWash, redeemedAt: at(9) },
  ]);
  await insertServiceOrders(db, [
    { id: fixtureUuid(201), memberId: mei, serviceId: coating, amountMinor: 450_000, currency: 'CNY', orderedAt: at(2), status: 'FULFILLED' },
    { id: fixtureUuid(202), memberId: mei, serviceId: coating, amountMinor: 500_000, currency: 'CNY', orderedAt: at(7), status: 'PLACED' },
    { id: fixtureUuid(203), memberId: mei, serviceId: coating, amountMinor: 500_000, currency: 'CNY', orderedAt: at(4), status: 'CANCELLED' },
    { id: fixtureUuid(211), memberId: stranger, serviceId: coating, amountMinor: 500_000, currency: 'CNY', orderedAt: at(8), status: 'PLACED' },
  ]);

  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const staff: TokenSubject = { role: 'staff', subject: 's1' };
const asMei: TokenSubject = { role: 'member', memberId: mei };

function leadsOf(chapter: string, selection: string): string {
  return `{ chapter(id: "${chapter}") { leads { member { id ${selection} } } } }`;
}

describe('Member.redemptions', () => {
  it('returns each member their own redemptions, newest first, at most `first`', async () => {
    const response = await gateway.request(leadsOf('shanghai', 'redemptions(first: 3) { id redeemedAt benefit { name } member { id } }'), {
      as: staff,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      chapter: {
        leads: [
          {
            member: {
              id: mei,
              redemptions: [
                { id: fixtureUuid(102), redeemedAt: '2026-01-05T09:00:00.000Z', benefit: { name: 'Airport lounge' }, member: { id: mei } },
                { id: fixtureUuid(104), redeemedAt: '2026-01-03T09:00:00.000Z', benefit: { name: 'Car wash' }, member: { id: mei } },
                { id: fixtureUuid(103), redeemedAt: '2026-01-03T09:00:00.000Z', benefit: { name: 'Car wash' }, member: { id: mei } },
              ],
            },
          },
          {
            member: {
              id: li,
              redemptions: [
                { id: fixtureUuid(112), redeemedAt: '2026-01-04T09:00:00.000Z', benefit: { name: 'Car wash' }, member: { id: li } },
                { id: fixtureUuid(111), redeemedAt: '2026-01-02T09:00:00.000Z', benefit: { name: 'Airport lounge' }, member: { id: li } },
              ],
            },
          },
        ],
      },
    });
  });

  it('returns every redemption when `first` is omitted', async () => {
    const response = await gateway.request(leadsOf('hangzhou', 'redemptions { id }'), { as: asMei });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      chapter: {
        leads: [
          {
            member: {
              id: mei,
              redemptions: [{ id: fixtureUuid(102) }, { id: fixtureUuid(104) }, { id: fixtureUuid(103) }, { id: fixtureUuid(101) }],
            },
          },
        ],
      },
    });
  });

  it('gives each `first` of one request its own length', async () => {
    const response = await gateway.request(leadsOf('hangzhou', 'one: redemptions(first: 1) { id } none: redemptions(first: 0) { id }'), {
      as: asMei,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      chapter: { leads: [{ member: { id: mei, one: [{ id: fixtureUuid(102) }], none: [] } }] },
    });
  });

  it('rejects a `first` above 500 naming the argument', async () => {
    const response = await gateway.request(leadsOf('hangzhou', 'redemptions(first: 501) { id }'), { as: staff });
    expect(response.data).toEqual({ chapter: { leads: [{ member: { id: mei, redemptions: null } }] } });
    expect(response.errors?.map(({ path, extensions }) => ({ path, extensions }))).toEqual([
      {
        path: ['chapter', 'leads', 0, 'member', 'redemptions'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'first', serviceName: 'benefits' },
      },
    ]);
  });

  it('is null with FORBIDDEN for another member, and the rest of the data resolves', async () => {
    const response = await gateway.request(leadsOf('shanghai', 'redemptions(first: 1) { id }'), { as: asMei });
    expect(response.data).toEqual({
      chapter: {
        leads: [
          { member: { id: mei, redemptions: [{ id: fixtureUuid(102) }] } },
          { member: { id: li, redemptions: null } },
        ],
      },
    });
    expect(response.errors).toEqual([
      {
        message: 'Only staff and the member themself may read Member.redemptions.',
        path: ['chapter', 'leads', 1, 'member', 'redemptions'],
        extensions: { code: 'FORBIDDEN', field: 'Member.redemptions', reason: 'PERSONAL_DATA', serviceName: 'benefits' },
      },
    ]);
  });

  const outsiders: Array<[string, TokenSubject | undefined]> = [
    ['an anonymous viewer', undefined],
    ['a partner', { role: 'partner', partnerId: fixtureUuid(900) }],
    ['an analyst', { role: 'analyst', subject: 'a1' }],
    ['another member', { role: 'member', memberId: stranger }],
  ];
  it.each(outsiders)('is null with FORBIDDEN for %s', async (_who, as) => {
    const response = await gateway.request(leadsOf('hangzhou', 'redemptions { id }'), { as });
    expect(response.data).toEqual({ chapter: { leads: [{ member: { id: mei, redemptions: null } }] } });
    expect(response.errors?.map(({ path, extensions }) => ({ path, extensions }))).toEqual([
      {
        path: ['chapter', 'leads', 0, 'member', 'redemptions'],
        extensions: { code: 'FORBIDDEN', field: 'Member.redemptions', reason: 'PERSONAL_DATA', serviceName: 'benefits' },
      },
    ]);
  });
});

describe('Member.serviceOrders', () => {
  it('returns the member their own orders, newest first, with amount, status and service', async () => {
    const response = await gateway.request(
      leadsOf('shanghai', 'serviceOrders(first: 2) { id orderedAt status amount { amountMinor currency } service { name } member { id } }'),
      { as: staff },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      chapter: {
        leads: [
          {
            member: {
              id: mei,
              serviceOrders: [
                {
                  id: fixtureUuid(202),
                  orderedAt: '2026-01-07T09:00:00.000Z',
                  status: 'PLACED',
                  amount: { amountMinor: 500_000, currency: 'CNY' },
                  service: { name: 'Ceramic coating' },
                  member: { id: mei },
                },
                {
                  id: fixtureUuid(203),
                  orderedAt: '2026-01-04T09:00:00.000Z',
                  status: 'CANCELLED',
                  amount: { amountMinor: 500_000, currency: 'CNY' },
                  service: { name: 'Ceramic coating' },
                  member: { id: mei },
                },
              ],
            },
          },
          { member: { id: li, serviceOrders: [] } },
        ],
      },
    });
  });

  it('returns the member themself every order when `first` is omitted', async () => {
    const response = await gateway.request(leadsOf('hangzhou', 'serviceOrders { id amount { amountMinor } }'), { as: asMei });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      chapter: {
        leads: [
          {
            member: {
              id: mei,
              serviceOrders: [
                { id: fixtureUuid(202), amount: { amountMinor: 500_000 } },
                { id: fixtureUuid(203), amount: { amountMinor: 500_000 } },
                { id: fixtureUuid(201), amount: { amountMinor: 450_000 } },
              ],
            },
          },
        ],
      },
    });
  });

  it('rejects a negative `first` naming the argument', async () => {
    const response = await gateway.request(leadsOf('hangzhou', 'serviceOrders(first: -1) { id }'), { as: asMei });
    expect(response.data).toEqual({ chapter: { leads: [{ member: { id: mei, serviceOrders: null } }] } });
    expect(response.errors?.map(({ path, extensions }) => ({ path, extensions }))).toEqual([
      {
        path: ['chapter', 'leads', 0, 'member', 'serviceOrders'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'first', serviceName: 'benefits' },
      },
    ]);
  });

  it('is null with FORBIDDEN for a partner, and the rest of the data resolves', async () => {
    const response = await gateway.request(leadsOf('hangzhou', 'serviceOrders { id }'), {
      as: { role: 'partner', partnerId: fixtureUuid(900) },
    });
    expect(response.data).toEqual({ chapter: { leads: [{ member: { id: mei, serviceOrders: null } }] } });
    expect(response.errors).toEqual([
      {
        message: 'Only staff and the member themself may read Member.serviceOrders.',
        path: ['chapter', 'leads', 0, 'member', 'serviceOrders'],
        extensions: { code: 'FORBIDDEN', field: 'Member.serviceOrders', reason: 'PERSONAL_DATA', serviceName: 'benefits' },
      },
    ]);
  });
});

describe('Batching of members\' lists', () => {
  const selection = 'redemptions(first: 2) { benefit { name } } serviceOrders(first: 2) { service { name } }';

  it('sends as many statements for two members as for one', async () => {
    const one = await database.countStatements(() => gateway.request(leadsOf('hangzhou', selection), { as: staff }));
    const two = await database.countStatements(() => gateway.request(leadsOf('shanghai', selection), { as: staff }));
    expect(one.result.errors).toBeUndefined();
    expect(two.result.errors).toBeUndefined();
    // Two for the chapter and its leads; redemptions with their benefits, orders, services.
    expect(two.statements).toBe(5);
    expect(one.statements).toBe(two.statements);
  });

  it('loads different `first`s of one request in one statement', async () => {
    const single = await database.countStatements(() => gateway.request(leadsOf('shanghai', 'redemptions(first: 2) { id }'), { as: staff }));
    const aliased = await database.countStatements(() =>
      gateway.request(leadsOf('shanghai', 'a: redemptions(first: 1) { id } b: redemptions(first: 3) { id }'), { as: staff }),
    );
    expect(aliased.result.errors).toBeUndefined();
    expect(aliased.statements).toBe(single.statements);
  });
});
