import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { testServerUrl } from '../support/testDatabase.js';

const command = 'node_modules/.bin/tsx';
const script = 'src/cli/serveSubgraph.ts';

/** Runs the command to completion, without a database unless one is given. */
function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    const environment = { ...process.env, DATABASE_URL: undefined, ...env };
    execFile(command, [script, ...args], { env: environment }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

describe.concurrent('npm run subgraph', () => {
  it('refuses to serve from PGlite', async () => {
    const result = await run(['--name', 'members', '--port', '0']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^subgraph: DATABASE_URL is required: a subgraph served on its own shares a PostgreSQL server with the other services, and the embedded PGlite cannot be shared between processes\.\n\nUsage: /,
    );
  });

  it('refuses a subgraph Paddock does not have', async () => {
    const result = await run(['--name', 'shop'], { DATABASE_URL: 'postgres://127.0.0.1:1/none' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^subgraph: --name must be one of chapters, members, loyalty, benefits, events, partners, not "shop"\.\n/,
    );
  });

  it('refuses a port that is not a number', async () => {
    const args = ['--name', 'members', '--port', 'http'];
    const result = await run(args, { DATABASE_URL: 'postgres://127.0.0.1:1/none' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^subgraph: --port must be a port number, not "http"\.\n/);
  });

  const withServer = it.skipIf(!testServerUrl);

  withServer('migrates only the bus and its own schema, serves it, and stops on SIGTERM', async () => {
    // A database of its own, so the migrations found there are this run's.
    const name = `paddock_cli_${randomBytes(6).toString('hex')}`;
    const admin = postgres(testServerUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(testServerUrl!);
    url.pathname = `/${name}`;
    const database = postgres(url.toString(), { max: 1, onnotice: () => {} });

    try {
      const child = spawn(command, [script, '--name', 'chapters', '--port', '0'], {
        env: { ...process.env, DATABASE_URL: url.toString(), LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = once(child, 'exit');

      let served: string | undefined;
      for await (const line of createInterface({ input: child.stdout })) {
        const entry = JSON.parse(line) as { msg: string; url?: string };
        if (entry.msg.startsWith('The chapters subgraph is served at')) {
          served = entry.url;
          break;
        }
      }
      expect(served).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

      const response = await fetch(served!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ regions { id } }' }),
      });
      expect(await response.json()).toEqual({ data: { regions: [] } });

      const schemas = await database`
        select nspname from pg_namespace
        where nspname not like 'pg\\_%' and nspname not in ('public', 'information_schema')
        order by nspname`;
      // The event bus is shared infrastructure every service needs; no other
      // subgraph's schema may appear.
      expect(schemas.map((row) => row.nspname)).toEqual(['bus', 'chapters', 'drizzle']);
      const journals = await database`
        select tablename from pg_tables where schemaname = 'drizzle' order by tablename`;
      expect(journals.map((row) => row.tablename)).toEqual(['bus_migrations', 'chapters_migrations']);

      child.kill('SIGTERM');
      expect(await exited).toEqual([0, null]);
    } finally {
      await database.end();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
