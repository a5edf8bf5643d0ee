import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentSecret } from '../../src/core/auth.js';
import type { DatabaseHandle } from '../../src/core/database/database.js';
import { openDatabase } from '../../src/core/database/openDatabase.js';
import { createLogger } from '../../src/core/logger.js';
import { loyaltySubgraph } from '../../src/loyalty/subgraph.js';
import { membersSubgraph } from '../../src/members/subgraph.js';
import { subgraphs } from '../../src/gateway/subgraphs.js';
import { startSubgraphServer } from '../../src/server/startSubgraphServer.js';
import type { RunningServer } from '../../src/server/startGatewayServer.js';
import { insertReferenceData } from '../fixtures/loyalty.js';
import { insertKnownChapters } from '../fixtures/members.js';
import { application } from '../support/membershipClient.js';
import { openTestDatabase, testServerUrl, type TestDatabase } from '../support/testDatabase.js';
import { tokenFor } from '../support/testGateway.js';

// The members and loyalty subgraphs as two services, each with its own event
// bus and, on PostgreSQL, its own connection pool: they share nothing but the
// database, as two deployments would.
let database: TestDatabase;
let loyaltyDatabase: DatabaseHandle;
const services: RunningServer[] = [];
let membersUrl: string;

beforeAll(async () => {
  database = await openTestDatabase({ poolSize: 4 });
  await insertReferenceData(database.handle.db);
  await insertKnownChapters(database.handle.db);
  loyaltyDatabase = testServerUrl ? await openDatabase({ url: await urlOf(database), poolSize: 4 }) : database.handle;
  const logger = createLogger({ level: 'silent' });
  const members = await startSubgraphServer({
    subgraph: membersSubgraph, allSubgraphs: subgraphs, database: database.handle, logger, jwtSecret: developmentSecret, host: '127.0.0.1', port: 0,
  });
  const loyalty = await startSubgraphServer({
    subgraph: loyaltySubgraph, allSubgraphs: subgraphs, database: loyaltyDatabase, logger, jwtSecret: developmentSecret, host: '127.0.0.1', port: 0,
  });
  services.push(members, loyalty);
  membersUrl = members.url;
});

afterAll(async () => {
  for (const service of services) await service.stop();
  if (loyaltyDatabase && loyaltyDatabase !== database?.handle) await loyaltyDatabase.close();
  await database?.close();
});

/** The URL of the test's own database on the server, from a connection to it. */
async function urlOf(test: TestDatabase): Promise<string> {
  const result = (await test.handle.db.execute(sql`select current_database() as name`)) as unknown as Array<{ name: string }>;
  const url = new URL(testServerUrl!);
  url.pathname = `/${result[0]!.name}`;
  return url.toString();
}

async function callMembers<TData>(query: string, variables: Record<string, unknown>): Promise<TData> {
  const response = await fetch(membersUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor({ role: 'staff', subject: 's1' })}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: TData; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await database.handle.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** Polls until `read` gives something other than undefined, for at most five seconds. */
async function eventually<T>(read: () => Promise<T | undefined>): Promise<T | undefined> {
  const deadline = Date.now() + 5_000;
  let value = await read();
  while (value === undefined && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    value = await read();
  }
  return value;
}

describe('domain events between subgraphs served as separate services', () => {
  it('place an admitted member in a tier and bring the tier back to the members subgraph, promptly', async () => {
    const applied = await callMembers<{ applyForMembership: { member: { id: string } } }>(
      `mutation ($application: MembershipApplication!) { applyForMembership(application: $application) { member { id } } }`,
      { application: application() },
    );
    const memberId = applied.applyForMembership.member.id;
    await callMembers(`mutation ($id: ID!) { admitMember(memberId: $id, feePlanId: "standard") { member { status } } }`, { id: memberId });

    // Loyalty's service hears members.MemberAdmitted and places the member.
    const standing = await eventually(async () =>
      (await rows<{ tier_id: string }>(sql`select tier_id from loyalty.member_standings where member_id = ${memberId}`))[0],
    );
    expect(standing).toEqual({ tier_id: 'bronze' });

    // The members service hears loyalty.TierChanged and copies the tier.
    const copy = await eventually(async () =>
      (await rows<{ tier_code: string | null }>(sql`select tier_code from members.members where id = ${memberId}`)).find((row) => row.tier_code !== null),
    );
    expect(copy).toEqual({ tier_code: 'BRONZE' });
  });
});
