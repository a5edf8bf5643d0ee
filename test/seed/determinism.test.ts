import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetClub } from '../../src/seed/resetClub.js';
import { seedClub } from '../../src/seed/seedClub.js';
import { primaryKeyOf, seededTableList as tables } from '../support/seededTableList.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';

async function contents(database: TestDatabase): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const [name, table] of tables) {
    result[name] = await database.handle.db
      .select()
      .from(table)
      .orderBy(...primaryKeyOf(table).map((column) => asc(column)));
  }
  return result;
}

let first: TestDatabase;
let second: TestDatabase;

beforeAll(async () => {
  [first, second] = await Promise.all([openTestDatabase(), openTestDatabase()]);
});

afterAll(async () => {
  await first?.close();
  await second?.close();
});

describe('seedClub', () => {
  it('writes identical rows for the same seed and member count, whatever the batch size', async () => {
    await seedClub(first.handle, { members: 300, seed: 7 });
    await seedClub(second.handle, { members: 300, seed: 7, batchSize: 64 });

    const [a, b] = [await contents(first), await contents(second)];
    for (const [name] of tables) expect(a[name]!.length, name).toBeGreaterThan(0);
    for (const [name] of tables) expect(b[name], name).toEqual(a[name]);
  });

  it('writes different members, events and partners for another seed', async () => {
    await resetClub(second.handle);
    await seedClub(second.handle, { members: 300, seed: 8 });

    const [a, b] = [await contents(first), await contents(second)];
    expect(b['members.members']).toHaveLength(300);
    expect(b['members.members']).not.toEqual(a['members.members']);
    expect(b['events.events']).not.toEqual(a['events.events']);
    expect(b['partners.partners']).not.toEqual(a['partners.partners']);
    // Reference data does not depend on the seed.
    expect(b['chapters.chapters']).toEqual(a['chapters.chapters']);
    expect(b['loyalty.tiers']).toEqual(a['loyalty.tiers']);
  });
});
