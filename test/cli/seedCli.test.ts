import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const command = 'node_modules/.bin/tsx';
const script = 'src/cli/seed.ts';

// Every refusal below comes before the database is opened: the folder stays empty.
const dataDir = mkdtempSync(join(tmpdir(), 'paddock-seed-cli-'));

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function run(args: string[]) {
  return new Promise<{ status: number; stderr: string }>((resolve) => {
    const environment = { ...process.env, DATABASE_URL: undefined, PADDOCK_DATA_DIR: join(dataDir, 'pglite') };
    execFile(command, [script, ...args], { env: environment }, (error, _stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stderr });
    });
  });
}

const firstLine = (text: string) => text.split('\n')[0];

describe('npm run seed refuses what is not a plain number or a calendar day', () => {
  it.each(['1e3', '0x10', '12.0', ' 12'])('--members %j', async (members) => {
    const { status, stderr } = await run(['--members', members]);
    expect(status).toBe(2);
    expect(firstLine(stderr)).toBe(`--members must be an integer of at least 1, not "${members}"`);
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01'])('--as-of %s', async (day) => {
    const { status, stderr } = await run(['--members', '10', '--as-of', day]);
    expect(status).toBe(2);
    expect(firstLine(stderr)).toBe(`--as-of must be a date such as 2026-12-01, not "${day}"`);
  });

  it('wrote nothing for any of them', () => {
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
