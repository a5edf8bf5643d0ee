import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { DatabaseHandle } from '../src/core/database/database.js';
import { migrate } from '../src/core/database/migrate.js';
import { openDatabase } from '../src/core/database/openDatabase.js';
import { migrationSets } from '../src/gateway/subgraphs.js';
import { seedClub } from '../src/seed/seedClub.js';

/** A database of the bench's own on a PostgreSQL server, dropped when done. */
export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates a fresh database for one bench run on the server of `serverUrl`,
 * so that a run never touches data it did not make, whichever server it is
 * given.
 */
export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `paddock_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export interface SeedTiming {
  members: number;
  /** seedClub alone, as `npm run seed` reports it: migrations excluded. */
  seconds: number;
  rows: number;
}

/** Migrates, then seeds a club of `members` with the project's own seed, timing the seed. */
export async function migrateAndSeed(handle: DatabaseHandle, members: number, seed = 2026): Promise<SeedTiming> {
  await migrate(handle, migrationSets);
  const summary = await seedClub(handle, { members, seed });
  const rows = Object.values(summary.counts).reduce((sum, count) => sum + count, 0);
  return { members, seconds: summary.milliseconds / 1000, rows };
}

/**
 * Seeds the bench database on PostgreSQL; the load tests then read this club.
 * A VACUUM ANALYZE after the timed seed settles the database first: without
 * it autovacuum works through the 2.7 million new rows while PGlite's seed
 * and the first rounds are timed, and the planner reads no statistics yet.
 */
export async function seedPostgres(url: string, members: number): Promise<SeedTiming> {
  const handle = await openDatabase({ url, poolSize: 10 });
  try {
    const timing = await migrateAndSeed(handle, members);
    await handle.db.execute(sql`vacuum (analyze)`);
    return timing;
  } finally {
    await handle.close();
  }
}

/** Seeds the same club into a fresh in-memory PGlite, only to time it. */
export async function seedPglite(members: number): Promise<SeedTiming> {
  const handle = await openDatabase({});
  try {
    return await migrateAndSeed(handle, members);
  } finally {
    await handle.close();
  }
}
