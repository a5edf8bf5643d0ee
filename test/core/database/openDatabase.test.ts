import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseInUseError } from '../../../src/core/database/databaseInUseError.js';
import { openDatabase } from '../../../src/core/database/openDatabase.js';

let folder: string;
let dataDir: string;

const inUse = (dir: string) =>
  `The PGlite database in ${dir} is in use by another process (a running server or command), and PGlite can be opened by one process at a time: stop the server first, or do the work through the API (such as the runLifecycleJob or applyTierReview mutation), or set DATABASE_URL to use PostgreSQL, where commands and the server share the database safely. A lock left by a process that crashed goes stale within 30 s.`;

/** The server, started on the data directory while this process holds it. */
function startServer() {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    const env = { ...process.env, DATABASE_URL: undefined, PADDOCK_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info' };
    execFile('node_modules/.bin/tsx', ['src/main.ts'], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

// One directory for the file: PGlite takes seconds to create one.
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'paddock-open-'));
  dataDir = join(folder, 'pglite');
  const database = await openDatabase({ dataDir });
  await database.db.execute('create table kept (n integer)');
  await database.db.execute('insert into kept values (7)');
  await database.close();
}, 60_000);

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('openDatabase on a PGlite data directory', () => {
  it('refuses a directory another opener holds, naming it', async () => {
    const holder = await openDatabase({ dataDir });
    try {
      const second = openDatabase({ dataDir });
      await expect(second).rejects.toThrow(DatabaseInUseError);
      await expect(second).rejects.toThrow(inUse(dataDir));
    } finally {
      await holder.close();
    }
  });

  it('opens the directory again once its holder has closed it, with its data', async () => {
    const second = await openDatabase({ dataDir });
    try {
      const result = (await second.db.execute('select n from kept')) as unknown as { rows: { n: number }[] };
      expect(result.rows).toEqual([{ n: 7 }]);
    } finally {
      await second.close();
    }
  });

  it('refuses a lock another process keeps fresh, and takes over one left stale by a crash', async () => {
    // proper-lockfile's lock is a directory beside the data directory; a
    // live holder touches it every few seconds, a dead one no longer does.
    mkdirSync(`${dataDir}.lock`);
    await expect(openDatabase({ dataDir })).rejects.toThrow(inUse(dataDir));

    const crashedAt = new Date(Date.now() - 31_000);
    utimesSync(`${dataDir}.lock`, crashedAt, crashedAt);
    const database = await openDatabase({ dataDir });
    await database.close();
  });

  it('keeps a second server off the directory with one line and no stack', async () => {
    const holder = await openDatabase({ dataDir });
    try {
      const result = await startServer();
      expect(result.status).toBe(1);
      const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines.map(({ level, msg, problem }) => ({ level, msg, problem }))).toEqual([
        { level: 60, msg: 'cannot start', problem: inUse(dataDir) },
      ]);
      expect(result.stderr).toBe('');
    } finally {
      await holder.close();
    }
  }, 60_000);
});
