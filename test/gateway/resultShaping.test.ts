import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedClub } from '../../src/seed/seedClub.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

// @apollo/gateway's result shaping is patched (patches/): answer objects made
// by a constructor, and no @skip/@include lookup on selections without
// directives. These are the behaviours the patch must keep.

const staff = { role: 'staff', subject: 'shaping-test' } as const;

let database: TestDatabase;
let gateway: TestGateway;
let region: { id: string; name: string };

beforeAll(async () => {
  database = await openTestDatabase();
  await seedClub(database.handle, { members: 40, seed: 5 });
  gateway = await startTestGateway(database);
  const answer = await gateway.request<{ regions: { id: string; name: string }[] }, never>('{ regions { id name } }');
  region = answer.data!.regions[0]!;
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('the gateway shaping an answer', () => {
  it('keeps response names that an object prototype would have as plain keys', async () => {
    const answer = await gateway.request<Record<string, Record<string, string>>, { id: string }>(
      'query ($id: ID!) { region(id: $id) { constructor: id toString: name } }',
      { variables: { id: region.id }, as: staff },
    );
    expect(answer.errors).toBeUndefined();
    const shaped = answer.data!.region!;
    expect(Object.keys(shaped)).toEqual(['constructor', 'toString']);
    expect(shaped.constructor).toBe(region.id);
    expect(shaped.toString).toBe(region.name);
  });

  it('still applies @skip and @include, from literals and from variables', async () => {
    const answer = await gateway.request<{ region: Record<string, string> }, { id: string; withName: boolean }>(
      'query ($id: ID!, $withName: Boolean!) { region(id: $id) { id @skip(if: true) name @include(if: $withName) } }',
      { variables: { id: region.id, withName: false } },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ region: {} });

    const named = await gateway.request<{ region: Record<string, string> }, { id: string; withName: boolean }>(
      'query ($id: ID!, $withName: Boolean!) { region(id: $id) { id @skip(if: false) name @include(if: $withName) } }',
      { variables: { id: region.id, withName: true } },
    );
    expect(named.data).toEqual({ region: { id: region.id, name: region.name } });
  });
});
