import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/testDatabase.js';
import { startTestGateway, type TestGateway } from './support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

beforeAll(async () => {
  database = await openTestDatabase();
  await database.handle.db.execute(`insert into chapters.regions values ('east', 'EAST', 'East China', 1)`);
  await database.handle.db.execute(`insert into chapters.chapters values ('shanghai', 'Shanghai Chapter', 'Shanghai', 'east', '2019-03-01')`);
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('Query.chapter', () => {
  it('returns the chapter with its region', async () => {
    const response = await gateway.request('{ chapter(id: "shanghai") { id name region { code chapters { id } } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ chapter: { id: 'shanghai', name: 'Shanghai Chapter', region: { code: 'EAST', chapters: [{ id: 'shanghai' }] } } });
  });

  it('rejects a malformed id', async () => {
    const response = await gateway.request('{ chapter(id: "Not A Slug") { id } }');
    expect(response.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "id", serviceName: "chapters" });
  });

  it('rejects an unknown enum literal', async () => {
    const response = await gateway.request('{ chapters(first: 2) { edges { node { region { code } } } } regions { code } }');
    expect(response.errors).toBeUndefined();
  });
});
