import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { insertChapterLead, insertRegionsAndChapters } from '../fixtures/chapters.js';
import { carId, carRow, insertMembersWorld, memberId, memberRow } from '../fixtures/members.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const owner: TokenSubject = { role: 'member', memberId: memberId(1) };
const anotherMember: TokenSubject = { role: 'member', memberId: memberId(2) };
const staff: TokenSubject = { role: 'staff', subject: 's1' };

/** The FORBIDDEN error Car.plate reports at `path`. */
function forbiddenPlate(path: (string | number)[]) {
  return {
    message: 'Only staff and the member themself may read Car.plate.',
    path,
    extensions: { code: 'FORBIDDEN', field: 'Car.plate', reason: 'PERSONAL_DATA', serviceName: 'members' },
  };
}

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertRegionsAndChapters(db);
  await insertMembersWorld(db, {
    members: [memberRow(1), memberRow(2)],
    cars: [
      carRow(1, memberId(1), { plate: '沪A12345', registeredAt: new Date('2022-04-01T00:00:00Z') }),
      carRow(2, memberId(1), {
        brand: 'ZEEKR',
        model: '001',
        year: 2024,
        powertrain: 'EV',
        plate: null,
        registeredAt: new Date('2024-08-01T00:00:00Z'),
      }),
    ],
  });
  await insertChapterLead(db, { chapterId: 'shanghai', memberId: memberId(1) });
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('Car', () => {
  it('resolves every field and the owner for the owner', async () => {
    const response = await gateway.request(
      `{ member(id: "${memberId(1)}") { cars { id brand model year powertrain plate owner { id displayName } } } }`,
      { as: owner },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      member: {
        cars: [
          {
            id: carId(1),
            brand: 'PORSCHE',
            model: '911 Carrera',
            year: 2022,
            powertrain: 'PETROL',
            plate: '沪A12345',
            owner: { id: memberId(1), displayName: 'Wei Zhang1' },
          },
          {
            id: carId(2),
            brand: 'ZEEKR',
            model: '001',
            year: 2024,
            powertrain: 'EV',
            plate: null,
            owner: { id: memberId(1), displayName: 'Wei Zhang1' },
          },
        ],
      },
    });
  });
});

describe('Car.plate', () => {
  const query = `{ member(id: "${memberId(1)}") { cars { model plate } } }`;

  // Viewers outside the club read no cars at all (see Member.cars).
  it('is FORBIDDEN to another member while the other fields resolve', async () => {
    const response = await gateway.request(query, { as: anotherMember });
    expect(response.data).toEqual({
      member: { cars: [{ model: '911 Carrera', plate: null }, { model: '001', plate: null }] },
    });
    expect(response.errors).toEqual([
      forbiddenPlate(['member', 'cars', 0, 'plate']),
      forbiddenPlate(['member', 'cars', 1, 'plate']),
    ]);
  });

  it('resolves for staff', async () => {
    const response = await gateway.request(query, { as: staff });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      member: { cars: [{ model: '911 Carrera', plate: '沪A12345' }, { model: '001', plate: null }] },
    });
  });

  it('holds on the entity fetch from a chapter lead', async () => {
    const response = await gateway.request(
      '{ chapter(id: "shanghai") { leads { member { cars { model plate } } } } }',
      { as: anotherMember },
    );
    expect(response.data).toEqual({
      chapter: {
        leads: [{ member: { cars: [{ model: '911 Carrera', plate: null }, { model: '001', plate: null }] } }],
      },
    });
    expect(response.errors).toEqual([
      forbiddenPlate(['chapter', 'leads', 0, 'member', 'cars', 0, 'plate']),
      forbiddenPlate(['chapter', 'leads', 0, 'member', 'cars', 1, 'plate']),
    ]);
  });
});

describe('Car.owner', () => {
  it('keeps the owner\'s personal data FORBIDDEN to other viewers', async () => {
    const response = await gateway.request(`{ member(id: "${memberId(1)}") { cars { owner { email } } } }`, {
      as: anotherMember,
    });
    expect(response.data).toEqual({ member: { cars: [{ owner: { email: null } }, { owner: { email: null } }] } });
    const forbiddenEmail = (path: (string | number)[]) => ({
      message: 'Only staff and the member themself may read Member.email.',
      path,
      extensions: { code: 'FORBIDDEN', field: 'Member.email', reason: 'PERSONAL_DATA', serviceName: 'members' },
    });
    expect(response.errors).toEqual([
      forbiddenEmail(['member', 'cars', 0, 'owner', 'email']),
      forbiddenEmail(['member', 'cars', 1, 'owner', 'email']),
    ]);
  });
});
