import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertKnownChapters, insertMembersWorld, memberId, memberRow, statusChangeRow, termId, termRow } from '../fixtures/members.js';
import { application, lifecycleClient, rowsOf } from '../support/membershipClient.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

// On PostgreSQL the requests really interleave (a pool of 12 connections); on
// PGlite transactions run one at a time, where the test proves only that the
// locks do not deadlock.
let database: TestDatabase;
let gateway: TestGateway;
let client: ReturnType<typeof lifecycleClient>;

const overdue = Array.from({ length: 10 }, (_, i) => memberId(100 + i));

beforeAll(async () => {
  database = await openTestDatabase({ poolSize: 12 });
  await insertKnownChapters(database.handle.db);
  await insertMembersWorld(database.handle.db, {
    members: overdue.map((_, i) => memberRow(100 + i)),
    terms: overdue.map((id, i) => termRow(100 + i, id, { startsOn: '2025-01-01', endsOn: '2025-12-31', outcome: 'OPEN', outcomeAt: null })),
    statusChanges: overdue.map((id, i) => statusChangeRow(100 + i, id, { fromStatus: null, toStatus: 'ACTIVE', effectiveAt: new Date('2025-01-01T02:00:00Z') })),
  });
  gateway = await startTestGateway(database);
  client = lifecycleClient(gateway);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

/** The error reasons (or codes) of responses, and how many succeeded. */
function tally(responses: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }[]) {
  const succeeded = responses.filter((response) => !response.errors).length;
  const refusals = responses.flatMap((response) => (response.errors ?? []).map((error) => error.extensions?.reason ?? error.extensions?.code));
  return { succeeded, refusals };
}

describe('the membership lifecycle under concurrent requests', () => {
  it('gives twenty simultaneous applications twenty different member numbers', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => client.apply({ application: application({ givenName: `Racer${i}` }) })));
    expect(tally(responses)).toEqual({ succeeded: 20, refusals: [] });
    const numbers = await rowsOf<{ member_number: number }>(
      database,
      sql`select member_number from members.members where given_name like 'Racer%' order by member_number`,
    );
    expect(numbers.map((row) => row.member_number)).toEqual(Array.from({ length: 20 }, (_, i) => 110 + i));
  });

  it('admits a prospect once when staff admit them ten times at once', async () => {
    const prospect = (await client.apply({ application: application() })).data!.applyForMembership.member.id;
    const responses = await Promise.all(Array.from({ length: 10 }, () => client.admit({ memberId: prospect, feePlanId: 'standard' })));
    expect(tally(responses)).toEqual({ succeeded: 1, refusals: Array(9).fill('INVALID_TRANSITION') });
    expect(await rowsOf(database, sql`select count(*)::int as n from members.membership_terms where member_id = ${prospect}`)).toEqual([{ n: 1 }]);
  });

  it('records one payment of a term paid ten times at once', async () => {
    const responses = await Promise.all(Array.from({ length: 10 }, () => client.recordDues({ termId: termId(100) })));
    expect(tally(responses)).toEqual({ succeeded: 0, refusals: Array(10).fill('DUES_ALREADY_PAID') });
    const prospect = (await client.apply({ application: application() })).data!.applyForMembership.member.id;
    const admitted = await client.admit({ memberId: prospect, feePlanId: 'standard', duesPaid: false });
    const [open] = await rowsOf<{ id: string }>(database, sql`select id from members.membership_terms where member_id = ${admitted.data!.admitMember.member.id}`);
    const payments = await Promise.all(Array.from({ length: 10 }, () => client.recordDues({ termId: open!.id })));
    expect(tally(payments)).toEqual({ succeeded: 1, refusals: Array(9).fill('DUES_ALREADY_PAID') });
  });

  it('lapses each overdue member once when the job runs four times at once', async () => {
    const responses = await Promise.all(Array.from({ length: 4 }, () => client.runJob({ asOf: '2026-02-01' })));
    expect(tally(responses)).toEqual({ succeeded: 4, refusals: [] });
    const lapsed = responses.flatMap((response) => response.data!.runLifecycleJob.lapsed.map((change) => change.member.id));
    expect(lapsed.sort()).toEqual(overdue);
    expect(
      await rowsOf(database, sql`select count(*)::int as n from members.status_changes where to_status = 'LAPSED'`),
    ).toEqual([{ n: 10 }]);
  });
});
