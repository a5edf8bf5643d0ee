import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertKnownChapters, insertMembersWorld, memberId, memberRow } from '../fixtures/members.js';
import { application, asMember, eventsAbout, lifecycleClient, rowsOf } from '../support/membershipClient.js';
import type { GraphQLResponse } from '../support/testGateway.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;
let client: ReturnType<typeof lifecycleClient>;

beforeAll(async () => {
  database = await openTestDatabase();
  await insertKnownChapters(database.handle.db);
  await insertMembersWorld(database.handle.db, { members: [memberRow(1)] });
  gateway = await startTestGateway(database);
  client = lifecycleClient(gateway);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

/** Everything a lifecycle mutation may write about a member. */
async function recordsOf(id: string) {
  return {
    members: await rowsOf(database, sql`select status, lifecycle_stage, retained_at from members.members where id = ${id}`),
    terms: await rowsOf(database, sql`select id, outcome, dues_paid_at from members.membership_terms where member_id = ${id} order by starts_on`),
    changes: await rowsOf(database, sql`select id from members.status_changes where member_id = ${id} order by sequence`),
    events: await eventsAbout(database, id),
  };
}

async function prospect(): Promise<string> {
  const response = await client.apply({ application: application() });
  return response.data!.applyForMembership.member.id;
}

async function member(options: { duesPaid?: boolean } = {}): Promise<string> {
  const id = await prospect();
  await client.admit({ memberId: id, feePlanId: 'standard', duesPaid: options.duesPaid });
  return id;
}

async function openTermOf(id: string): Promise<string> {
  const [row] = await rowsOf<{ id: string }>(database, sql`select id from members.membership_terms where member_id = ${id} and outcome = 'OPEN'`);
  return row!.id;
}

type Attempt = (key: string) => Promise<GraphQLResponse<Record<string, { member: { id: string } }>>>;

const cases: [string, () => Promise<{ id: string; attempt: Attempt }>][] = [
  ['admitMember', async () => {
    const id = await prospect();
    return { id, attempt: (key) => client.admit({ memberId: id, feePlanId: 'premium', idempotencyKey: key }) };
  }],
  ['renewMembership', async () => {
    const id = await member();
    return { id, attempt: (key) => client.renew({ memberId: id, idempotencyKey: key }) };
  }],
  ['recordDuesPayment', async () => {
    const id = await member({ duesPaid: false });
    const termId = await openTermOf(id);
    return { id, attempt: (key) => client.recordDues({ termId, idempotencyKey: key }) };
  }],
  ['suspendMember', async () => {
    const id = await member();
    return { id, attempt: (key) => client.suspend({ memberId: id, reason: 'Suspended during a payment dispute', idempotencyKey: key }) };
  }],
  ['reinstateMember', async () => {
    const id = await member();
    await client.suspend({ memberId: id, reason: 'Suspended during a payment dispute' });
    return { id, attempt: (key) => client.reinstate({ memberId: id, idempotencyKey: key }) };
  }],
  ['leaveClub', async () => {
    const id = await member();
    return { id, attempt: (key) => client.leave({ memberId: id, idempotencyKey: key }, asMember(id)) };
  }],
];

describe('the lifecycle mutations with an idempotency key', () => {
  it.each(cases)('apply %s once however often the request is retried, answering the same', async (field, setup) => {
    const { id, attempt } = await setup();
    const first = await attempt(`retry-${field}`);
    expect(first.errors).toBeUndefined();
    const after = await recordsOf(id);

    const retry = await attempt(`retry-${field}`);
    expect(retry.errors).toBeUndefined();
    expect(retry.data).toEqual(first.data);
    expect(await recordsOf(id)).toEqual(after);
  });

  it('apply applyForMembership once: a retry answers the same prospect', async () => {
    const first = await client.apply({ application: application({ givenName: 'Retry' }), idempotencyKey: 'apply-once-1' });
    const retry = await client.apply({ application: application({ givenName: 'Retry' }), idempotencyKey: 'apply-once-1' });
    expect(first.errors).toBeUndefined();
    expect(retry.data).toEqual(first.data);
    expect(await rowsOf(database, sql`select count(*)::int as n from members.members where given_name = 'Retry'`)).toEqual([{ n: 1 }]);
  });

  it('refuses a key used before for another request, and tells keys of two viewers apart', async () => {
    const id = await member();
    await client.suspend({ memberId: id, reason: 'Suspended during a payment dispute', idempotencyKey: 'shared-key-1' });
    const reused = await client.suspend({ memberId: id, reason: 'Another reason', idempotencyKey: 'shared-key-1' });
    expect(reused.errors).toEqual([
      {
        message: 'This idempotency key was already used for a different request.',
        path: ['suspendMember'],
        extensions: { code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED', argument: 'idempotencyKey', serviceName: 'members' },
      },
    ]);

    const other = await member();
    const theirs = await client.leave({ memberId: other, idempotencyKey: 'shared-key-1' }, asMember(other));
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.leaveClub.member).toMatchObject({ id: other, status: 'CHURNED' });
  });

  it('refuses a malformed key, naming it', async () => {
    const response = await client.leave({ memberId: memberId(1), idempotencyKey: 'short' }, asMember(memberId(1)));
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', argument: 'idempotencyKey', serviceName: 'members' },
    ]);
  });
});
