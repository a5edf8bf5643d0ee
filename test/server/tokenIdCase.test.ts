import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRegionsAndChapters } from '../fixtures/chapters.js';
import { insertMembersWorld, memberRow } from '../fixtures/members.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const storedId = '9f5e696d-b612-4d65-928d-c7b9e9b4174f';
/** The member's id as a new user typed it into `npm run token`. */
const upperCaseId = '9F5E696D-B612-4D65-928D-C7B9E9B4174F';

beforeAll(async () => {
  database = await openTestDatabase();
  await insertRegionsAndChapters(database.handle.db);
  await insertMembersWorld(database.handle.db, { members: [memberRow(1, { id: storedId, email: 'wei@example.com' })] });
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('a member token whose id is in upper case', () => {
  const as = { role: 'member', memberId: upperCaseId } as const;

  it('answers me with the member', async () => {
    const response = await gateway.request('{ me { id email } }', { as });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ me: { id: storedId, email: 'wei@example.com' } });
  });

  it('lets the member read their own email by id', async () => {
    const response = await gateway.request(`{ member(id: "${upperCaseId}") { id email } }`, { as });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ member: { id: storedId, email: 'wei@example.com' } });
  });
});
