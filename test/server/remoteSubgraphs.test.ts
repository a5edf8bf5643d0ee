import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chaptersSubgraph } from '../../src/chapters/subgraph.js';
import { developmentSecret, type TokenSubject } from '../../src/core/auth.js';
import type { Subgraph } from '../../src/core/subgraph.js';
import { membersSubgraph } from '../../src/members/subgraph.js';
import type { RunningServer } from '../../src/server/startGatewayServer.js';
import { subgraphs } from '../../src/gateway/subgraphs.js';
import { startSubgraphServer } from '../../src/server/startSubgraphServer.js';
import { insertChapterLead, insertRegionsAndChapters } from '../fixtures/chapters.js';
import { carRow, insertMembersWorld, memberId, memberRow } from '../fixtures/members.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import {
  startTestGateway,
  type GraphQLResponse,
  type TestGateway,
} from '../support/testGateway.js';

let database: TestDatabase;
let inProcess: TestGateway;
let mixed: TestGateway;
const services: RunningServer[] = [];
const subgraphUrls: Record<string, string> = {};

/** The log lines each standalone subgraph wrote, by subgraph name. */
const logs: Record<string, Array<Record<string, unknown>>> = {};

/** Serves a subgraph on a free port with a logger the test can read. */
async function serve(subgraph: Subgraph): Promise<void> {
  const lines: Array<Record<string, unknown>> = [];
  logs[subgraph.name] = lines;
  const destination = { write: (line: string) => void lines.push(JSON.parse(line)) };
  const logger = pino({ level: 'info' }, destination);
  const server = await startSubgraphServer({
    subgraph,
    allSubgraphs: subgraphs,
    database: database.handle,
    logger,
    jwtSecret: developmentSecret,
    host: '127.0.0.1',
    port: 0,
  });
  services.push(server);
  subgraphUrls[subgraph.name] = server.url;
}

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertRegionsAndChapters(db);
  await insertMembersWorld(db, {
    members: [memberRow(1), memberRow(2, { homeChapterId: 'hangzhou' })],
    cars: [carRow(1, memberId(1))],
  });
  const chapterId = 'shanghai';
  await insertChapterLead(db, { chapterId, memberId: memberId(1), role: 'CHAIR' });
  await insertChapterLead(db, { chapterId, memberId: memberId(2), role: 'EVENTS_LEAD' });

  await serve(chaptersSubgraph);
  await serve(membersSubgraph);
  inProcess = await startTestGateway(database);
  mixed = await startTestGateway(database, { remoteUrls: subgraphUrls });
});

afterAll(async () => {
  await mixed?.stop();
  await inProcess?.stop();
  await Promise.all(services.map((service) => service.stop()));
  await database?.close();
});

/**
 * Crosses every boundary: the chapter and its leads come from the remote
 * chapters service, each lead's member (with a personal field) from the
 * remote members service, the member's home chapter back from chapters, and
 * the private points balance from the loyalty subgraph in process.
 */
const chapterLeads = `
  query ChapterLeads($id: ID!) {
    chapter(id: $id) {
      name
      region { name }
      leads {
        role
        member {
          displayName
          email
          homeChapter { city }
          cars { model plate }
          pointsBalance
        }
      }
    }
  }
`;

interface ChapterLeadsData {
  chapter: {
    name: string;
    region: { name: string };
    leads: Array<{
      role: string;
      member: {
        displayName: string | null;
        email: string | null;
        homeChapter: { city: string };
        cars: Array<{ model: string; plate: string | null }> | null;
        pointsBalance: number | null;
      };
    }>;
  };
}

const staff: TokenSubject = { role: 'staff', subject: 's1' };
const firstLead: TokenSubject = { role: 'member', memberId: memberId(1) };

/** Errors of parallel fetches arrive in any order; this puts them in path order. */
function inPathOrder<T>(response: GraphQLResponse<T>) {
  const errors = response.errors
    ?.slice()
    .sort((a, b) => String(a.path).localeCompare(String(b.path)));
  return { status: response.status, data: response.data, errors };
}

async function askBoth(as?: TokenSubject) {
  const options = { variables: { id: 'shanghai' }, as };
  const [local, remote] = await Promise.all([
    inProcess.request<ChapterLeadsData, { id: string }>(chapterLeads, options),
    mixed.request<ChapterLeadsData, { id: string }>(chapterLeads, options),
  ]);
  return { local: inPathOrder(local), remote: inPathOrder(remote) };
}

describe('a gateway with remote subgraphs', () => {
  it('answers a query across them as the all-in-process gateway does', async () => {
    const { local, remote } = await askBoth(staff);
    expect(remote).toEqual(local);
    expect(remote).toEqual({
      status: 200,
      errors: undefined,
      data: {
        chapter: {
          name: 'Shanghai Chapter',
          region: { name: 'East China' },
          leads: [
            {
              role: 'CHAIR',
              member: {
                displayName: 'Wei Zhang1',
                email: 'member1@example.com',
                homeChapter: { city: 'Shanghai' },
                cars: [{ model: '911 Carrera', plate: '沪A00001' }],
                pointsBalance: 0,
              },
            },
            {
              role: 'EVENTS_LEAD',
              member: {
                displayName: 'Wei Zhang2',
                email: 'member2@example.com',
                homeChapter: { city: 'Hangzhou' },
                cars: [],
                pointsBalance: 0,
              },
            },
          ],
        },
      },
    });
  });

  it('forwards the member token, so personal fields follow the same rules', async () => {
    const { local, remote } = await askBoth(firstLead);
    expect(remote).toEqual(local);
    const emails = remote.data?.chapter.leads.map((lead) => lead.member.email);
    expect(emails).toEqual(['member1@example.com', null]);
    expect(remote.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['chapter', 'leads', 1, 'member', 'email'], 'FORBIDDEN'],
      [['chapter', 'leads', 1, 'member', 'pointsBalance'], 'FORBIDDEN'],
    ]);
  });

  it('refuses personal fields, and the name and cars, to an anonymous viewer with FORBIDDEN', async () => {
    const { local, remote } = await askBoth();
    expect(remote).toEqual(local);
    expect(remote.errors).toContainEqual({
      message: 'Only staff and the member themself may read Member.email.',
      path: ['chapter', 'leads', 0, 'member', 'email'],
      extensions: {
        code: 'FORBIDDEN',
        field: 'Member.email',
        reason: 'PERSONAL_DATA',
        serviceName: 'members',
      },
    });
    expect(remote.errors).toContainEqual({
      message: 'Only staff and members may read Member.displayName.',
      path: ['chapter', 'leads', 0, 'member', 'displayName'],
      extensions: {
        code: 'FORBIDDEN',
        field: 'Member.displayName',
        reason: 'MEMBER_DIRECTORY',
        serviceName: 'members',
      },
    });
    expect(remote.data?.chapter.leads[0]?.member).toEqual({
      displayName: null,
      email: null,
      homeChapter: { city: 'Shanghai' },
      cars: null,
      pointsBalance: null,
    });
  });

  it('sends each remote subgraph the request id, which it logs', async () => {
    const options = { variables: { id: 'shanghai' }, as: staff };
    const response = await mixed.request(chapterLeads, options);
    const requestId = response.headers.get('x-request-id');
    for (const name of ['chapters', 'members']) {
      const lines = logs[name]!.filter(
        (line) => line.requestId === requestId && line.msg === 'operation',
      );
      expect(lines.length, name).toBeGreaterThan(0);
      expect(lines[0]).toMatchObject({ subgraph: name, role: 'staff', errors: 0 });
      expect(lines[0]!.statements, name).toBeGreaterThan(0);
    }
  });
});

describe('a standalone subgraph', () => {
  it('verifies the token itself, answering a bad one with UNAUTHENTICATED and 401', async () => {
    const response = await fetch(subgraphUrls.members!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer nonsense' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'The token is not valid.',
          extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' },
        },
      ],
    });
  });

  it('masks an unexpected error and logs the original', async () => {
    const response = await fetch(subgraphUrls.chapters!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'unknown-entity-1' },
      body: JSON.stringify({
        query: '{ _entities(representations: [{ __typename: "Nope", id: "x" }]) { __typename } }',
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: null,
      errors: [
        {
          message: 'Unexpected error.',
          locations: [{ line: 1, column: 3 }],
          path: ['_entities'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    const logged = logs.chapters!.find(
      (line) => line.requestId === 'unknown-entity-1' && line.msg === 'unexpected error',
    );
    expect(logged).toMatchObject({
      subgraph: 'chapters',
      path: ['_entities'],
      error: { message: expect.stringContaining('Nope') },
    });
  });
});
