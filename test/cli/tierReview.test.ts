import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseInUseError } from '../../src/core/database/databaseInUseError.js';
import { migrate } from '../../src/core/database/migrate.js';
import { openDatabase } from '../../src/core/database/openDatabase.js';
import { migrationSets } from '../../src/gateway/subgraphs.js';
import { fixtureUuid } from '../fixtures/benefits.js';
import { insertReferenceData, insertScoreFacts, insertStanding, insertTierChange } from '../fixtures/loyalty.js';

const command = 'node_modules/.bin/tsx';
const script = 'src/cli/tierReview.ts';
let dataDir: string;

const climber = fixtureUuid(861);
const slider = fixtureUuid(862);
const steady = fixtureUuid(863);

/** Runs the command to completion on the PGlite files of this test. */
function run(args: string[]) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    const env = { ...process.env, DATABASE_URL: undefined, PADDOCK_DATA_DIR: dataDir };
    execFile(command, [script, ...args], { env }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'paddock-tier-review-'));
  const database = await openDatabase({ dataDir });
  await migrate(database, migrationSets);
  const { db } = database;
  await insertReferenceData(db);
  for (const [id, tierId, referrals] of [[climber, 'silver', 21], [slider, 'gold', 0], [steady, 'bronze', 1]] as const) {
    await insertStanding(db, id, tierId, 0);
    await insertTierChange(db, { memberId: id, toTierId: tierId, reason: 'ADMISSION', effectiveOn: '2025-03-01' });
    if (referrals > 0) await insertScoreFacts(db, { memberId: id, kind: 'REFERRAL', occurredAt: new Date('2026-02-01T04:00:00Z'), count: referrals });
  }
  await database.close();
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run tier-review', () => {
  it('refuses the database while another process holds it open, in one line without a stack', async () => {
    const server = await openDatabase({ dataDir });
    try {
      expect(await run(['--half', '2026-H1', '--apply'])).toEqual({
        status: 1,
        stdout: '',
        stderr: `tier-review: ${new DatabaseInUseError(dataDir).message}\n`,
      });
    } finally {
      await server.close();
    }
  });

  it('previews a review without changing anything', async () => {
    const result = await run(['--half', '2026-H1']);
    expect(result).toEqual({
      status: 0,
      stderr: '',
      stdout: [
        'Tier review 2026-H1 as of 2026-06-30, preview: 3 members reviewed, 1 promoted, 1 demoted.',
        'member                                from    to      reason     score  threshold',
        `${climber}  silver  gold    promotion   3150       3000`,
        `${slider}  gold    silver  demotion       0       2500`,
        'Nothing changed. Run again with --apply to apply it.',
        '',
      ].join('\n'),
    });
  });

  it('applies it once with --apply, and changes nothing the second time', async () => {
    const applied = await run(['--half', '2026-H1', '--apply']);
    expect(applied.status).toBe(0);
    expect(applied.stdout).toMatch(/^Tier review 2026-H1 as of 2026-06-30 applied at \d{4}-\d{2}-\d{2}T[\d:.]+Z: 1 promoted, 1 demoted\.\nmember /);

    const again = await run(['--half', '2026-H1', '--apply']);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^Tier review 2026-H1 was applied already, as of 2026-06-30 at \d{4}-\d{2}-\d{2}T[\d:.]+Z: 1 promoted, 1 demoted\. Nothing changed\.\n/);
    expect(again.stdout.split('\n').slice(1)).toEqual(applied.stdout.split('\n').slice(1));
  });

  it('refuses a missing or malformed half year, and a day outside it', async () => {
    const missing = await run([]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^tier-review: --half is required\n\nUsage: npm run tier-review/);
    const malformed = await run(['--half', '2026-Q3']);
    expect(malformed.stderr).toMatch(/^tier-review: --half must be a half year such as "2026-H2"; got "2026-Q3"\.\n/);
    const outside = await run(['--half', '2026-H1', '--as-of', '2026-07-01']);
    expect(outside.stderr).toMatch(/^tier-review: --as-of must fall within 2026-H1 \(2026-01-01 to 2026-06-30\); got 2026-07-01\.\n/);
  });
});
