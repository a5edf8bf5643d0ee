import { sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetClub } from '../../src/seed/resetClub.js';
import { seedClub, type SeedProgress } from '../../src/seed/seedClub.js';
import { rowsOf } from '../support/membershipClient.js';
import { primaryKeyOf, seededTableList } from '../support/seededTableList.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Each seeded table's row count and an md5 of its rows in primary key order. */
async function digests(database: TestDatabase): Promise<Record<string, { rows: number; md5: string }>> {
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const [name, table] of seededTableList) {
    const { schema, name: tableName } = getTableConfig(table);
    const order = primaryKeyOf(table).map((column) => `t.${quote(column.name)}`).join(', ');
    const [digest] = await rowsOf<{ rows: number; md5: string }>(
      database,
      sql.raw(
        `select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by ${order}), '')) as md5 from ${quote(schema ?? 'public')}.${quote(tableName)} t`,
      ),
    );
    result[name] = digest!;
  }
  return result;
}

async function rowCounts(database: TestDatabase): Promise<number[]> {
  return Object.values(await digests(database)).map((digest) => digest.rows);
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

describe('seedClub on a worker thread', () => {
  // First, while both databases are new: a load rolled back still uses up
  // identity values, and the rows would differ by their ids.
  it('writes the same rows as a seed on the main thread', async () => {
    await seedClub(first.handle, { members: 1_200, seed: 7, batchSize: 300, inWorker: true });
    await seedClub(second.handle, { members: 1_200, seed: 7, batchSize: 300, inWorker: false });

    const [a, b] = [await digests(first), await digests(second)];
    for (const [name] of seededTableList) expect(a[name]!.rows, name).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });

  it('rolls the load back when the generation fails in the worker', async () => {
    await resetClub(second.handle);
    const phases: SeedProgress['phase'][] = [];
    // Not a whole number of members: the roster cannot be sized, after the reference data is written.
    const seeding = seedClub(second.handle, {
      members: 1_200.5,
      seed: 7,
      batchSize: 300,
      inWorker: true,
      onProgress: (progress) => phases.push(progress.phase),
    });

    await expect(seeding).rejects.toThrow(/Invalid array length/);
    expect(phases).toContain('roster');
    expect(await rowCounts(second)).toEqual(seededTableList.map(() => 0));
  });

  it('stops the worker and rolls the load back when writing fails', async () => {
    const seeding = seedClub(second.handle, {
      members: 1_200,
      seed: 7,
      batchSize: 300,
      inWorker: true,
      onProgress: (progress) => {
        if (progress.phase === 'members') throw new Error('The progress bar broke');
      },
    });

    await expect(seeding).rejects.toThrow('The progress bar broke');
    expect(await rowCounts(second)).toEqual(seededTableList.map(() => 0));
  });
});
