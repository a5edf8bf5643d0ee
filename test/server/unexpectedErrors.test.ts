import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logger.js';
import { chaptersSubgraph } from '../../src/chapters/subgraph.js';
import { subgraphs } from '../../src/gateway/subgraphs.js';
import { startSubgraphServer } from '../../src/server/startSubgraphServer.js';
import { developmentSecret } from '../../src/core/auth.js';
import { memberRow } from '../fixtures/members.js';
import { members } from '../../src/members/data/tables.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

const logged: Array<Record<string, unknown>> = [];
const raw: string[] = [];
const destination = new Writable({
  write(chunk, _encoding, done) {
    raw.push(String(chunk));
    for (const line of String(chunk).split('\n').filter(Boolean)) logged.push(JSON.parse(line));
    done();
  },
});

let database: TestDatabase;
let gateway: TestGateway;

// The chapters table is gone, so every read of a chapter fails in the
// database: the kind of failure no client can cause and every operator must see.
beforeAll(async () => {
  database = await openTestDatabase();
  await database.handle.db.execute(sql`drop table chapters.chapter_leads, chapters.chapters cascade`);
  gateway = await startTestGateway(database, { logger: createLogger({ level: 'info', destination }) });
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const query = '{ chapter(id: "secret-city") { name } }';

describe('an unexpected error in a subgraph', () => {
  it('reaches the client as a bare internal error with its path', async () => {
    const response = await gateway.request(query);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ chapter: null });
    expect(response.errors).toEqual([
      { message: 'Unexpected error.', path: ['chapter'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
  });

  it('is logged in full under the request id, without the statement parameters', async () => {
    const response = await gateway.request(query, { headers: { 'x-request-id': 'trace-unexpected-1' } });
    expect(response.headers.get('x-request-id')).toBe('trace-unexpected-1');
    const errors = logged.filter((line) => line.requestId === 'trace-unexpected-1' && line.level === 50);
    expect(errors[0]).toMatchObject({
      msg: 'unexpected error',
      resolver: 'Query.chapter',
      error: { name: 'Error', message: expect.stringContaining('Failed query: select'), cause: { code: '42P01' } },
    });
    expect(raw.join('')).not.toContain('secret-city');
  });

  it('is logged once when it breaks every member of a page, with the number of paths it broke', async () => {
    await database.handle.db.insert(members).values([memberRow(1), memberRow(2), memberRow(3)]);
    const response = await gateway.request('{ members(first: 3) { edges { node { homeChapter { name } } } } }', {
      as: { role: 'staff', subject: 'ops' },
      headers: { 'x-request-id': 'trace-unexpected-3' },
    });
    expect(response.errors?.map((error) => error.path)).toEqual([0, 1, 2].map((index) => ['members', 'edges', index, 'node', 'homeChapter']));

    const errors = logged.filter((line) => line.requestId === 'trace-unexpected-3' && line.level === 50);
    expect(errors.map((line) => [line.resolver ?? null, line.paths ?? null])).toEqual([
      ['Chapter.__resolveReference', null],
      [null, 3],
    ]);
  });

  it('is masked and logged the same way by a subgraph served on its own', async () => {
    const served = await startSubgraphServer({
      subgraph: chaptersSubgraph,
      allSubgraphs: subgraphs,
      database: database.handle,
      logger: createLogger({ level: 'info', destination }),
      jwtSecret: developmentSecret,
      host: '127.0.0.1',
      port: 0,
    });
    try {
      const response = await fetch(served.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'trace-unexpected-2' },
        body: JSON.stringify({ query }),
      });
      expect(await response.json()).toEqual({
        data: { chapter: null },
        errors: [
          { message: 'Unexpected error.', path: ['chapter'], locations: [{ line: 1, column: 3 }], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        ],
      });
      const errors = logged.filter((line) => line.requestId === 'trace-unexpected-2' && line.level === 50);
      expect(errors[0]).toMatchObject({ msg: 'unexpected error', resolver: 'Query.chapter', subgraph: 'chapters' });
    } finally {
      await served.stop();
    }
  });
});
