import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseInUseError } from '../../src/core/database/databaseInUseError.js';
import { migrate } from '../../src/core/database/migrate.js';
import { openDatabase } from '../../src/core/database/openDatabase.js';
import { migrationSets } from '../../src/gateway/subgraphs.js';
import { members } from '../../src/members/data/tables.js';
import { insertMembersWorld, memberId, memberRow, statusChangeRow, termRow } from '../fixtures/members.js';
import { chinaDay } from '../support/membershipClient.js';

const command = 'node_modules/.bin/tsx';
const script = 'src/cli/lifecycle.ts';

// The command runs on a PGlite of its own in a temporary folder, prepared
// here with one member whose dues went unpaid after 2025.
let dataDir: string;

function run(args: string[]) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    const environment = { ...process.env, DATABASE_URL: undefined, PADDOCK_DATA_DIR: dataDir };
    execFile(command, [script, ...args], { env: environment }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

async function statusOf(id: string): Promise<string | undefined> {
  return (await written(id)).status;
}

/** The member's status and how many status changes and domain events the database holds. */
async function written(id: string): Promise<{ status: string | undefined; statusChanges: number; domainEvents: number }> {
  const database = await openDatabase({ dataDir });
  try {
    const [row] = await database.db.select({ status: members.status }).from(members).where(eq(members.id, id));
    const count = async (table: string) => {
      const result = (await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] };
      return result.rows[0]!.n;
    };
    return { status: row?.status, statusChanges: await count('members.status_changes'), domainEvents: await count('bus.domain_events') };
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'paddock-lifecycle-'));
  const database = await openDatabase({ dataDir });
  try {
    await migrate(database, migrationSets);
    await insertMembersWorld(database.db, {
      members: [memberRow(1)],
      terms: [termRow(1, memberId(1), { startsOn: '2025-01-01', endsOn: '2025-12-31', outcome: 'OPEN', outcomeAt: null })],
      statusChanges: [statusChangeRow(1, memberId(1), { fromStatus: null, toStatus: 'ACTIVE', effectiveAt: new Date('2025-01-01T02:00:00Z') })],
    });
  } finally {
    await database.close();
  }
});

afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run lifecycle', () => {
  it('refuses the database while another process holds it open, in one line without a stack', async () => {
    // This process holds the directory as a running server would.
    const server = await openDatabase({ dataDir });
    try {
      expect(await run(['--as-of', '2026-02-01'])).toEqual({
        status: 1,
        stdout: '',
        stderr: `${new DatabaseInUseError(dataDir).message}\n`,
      });
    } finally {
      await server.close();
    }
    expect(await statusOf(memberId(1))).toBe('ACTIVE');
  });

  it('rehearses a day after today, printing what would lapse and churn, and writes nothing', async () => {
    const before = await written(memberId(1));
    const asOf = chinaDay(28);
    expect(await run(['--as-of', asOf])).toEqual({
      status: 0,
      stdout: [
        `Lifecycle as of ${asOf}, dry run: 1 member would lapse, 1 member would churn.`,
        'member                                from    to       effective',
        `${memberId(1)}  ACTIVE  LAPSED   2026-01-30T16:00:00.000Z`,
        `${memberId(1)}  LAPSED  CHURNED  2026-04-30T16:00:00.000Z`,
        `Nothing was written: ${asOf} is after today (${chinaDay()} in China), and lapses and churns are applied only once they are due.`,
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(await written(memberId(1))).toEqual(before);
    expect(before.status).toBe('ACTIVE');
  });

  it('rehearses any day with --dry-run and writes nothing', async () => {
    const before = await written(memberId(1));
    expect(await run(['--dry-run', '--as-of', '2026-02-01'])).toEqual({
      status: 0,
      stdout: [
        'Lifecycle as of 2026-02-01, dry run: 1 member would lapse, 0 members would churn.',
        'member                                from    to      effective',
        `${memberId(1)}  ACTIVE  LAPSED  2026-01-30T16:00:00.000Z`,
        'Nothing was written (--dry-run). Run again without --dry-run to apply it.',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(await written(memberId(1))).toEqual(before);
  });

  it('applies the lapses due by the day given, and nothing more when run again', async () => {
    expect(await run(['--as-of', '2026-02-01'])).toEqual({
      status: 0,
      stdout: 'Lifecycle as of 2026-02-01: 1 member lapsed, 0 members churned.\n',
      stderr: '',
    });
    expect(await statusOf(memberId(1))).toBe('LAPSED');
    expect(await run(['--as-of', '2026-02-01'])).toEqual({
      status: 0,
      stdout: 'Lifecycle as of 2026-02-01: 0 members lapsed, 0 members churned.\n',
      stderr: '',
    });
  });

  it('refuses a day that does not exist, with the usage text', async () => {
    const result = await run(['--as-of', '2027-02-30']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^--as-of must be a day such as 2027-01-01, not "2027-02-30"\n\nUsage: npm run lifecycle/);
  });

  it('refuses an unknown option, with the usage text', async () => {
    const result = await run(['--since', '2026-01-01']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Unknown option '--since'.*\n\nUsage: npm run lifecycle/s);
  });
});
