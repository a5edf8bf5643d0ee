import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedTransitions, isAllowedTransition, type MemberStatus } from '../../src/members/lifecycle/transitions.js';
import { insertMembersWorld, memberId, memberRow, statusChangeRow, termId, termRow } from '../fixtures/members.js';
import { chinaDay, lifecycleClient, rowsOf } from '../support/membershipClient.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;
let client: ReturnType<typeof lifecycleClient>;

// One member in each status, with the terms that status implies: a running
// paid term for the active and the suspended member, a lapsed term for the
// lapsed one, a term left for the churned one, none for the prospect.
const inStatus: Record<MemberStatus, string> = {
  PROSPECT: memberId(1),
  ACTIVE: memberId(2),
  LAPSED: memberId(3),
  CHURNED: memberId(4),
  SUSPENDED: memberId(5),
};
const termOf: Partial<Record<MemberStatus, string>> = {
  ACTIVE: termId(2),
  LAPSED: termId(3),
  CHURNED: termId(4),
  SUSPENDED: termId(5),
};

beforeAll(async () => {
  database = await openTestDatabase();
  const running = { startsOn: chinaDay(-100), endsOn: chinaDay(264), outcome: 'OPEN' as const, outcomeAt: null };
  await insertMembersWorld(database.handle.db, {
    members: [
      memberRow(1, { status: 'PROSPECT', lifecycleStage: 'REACHED', activatedAt: null, joinedOn: null, tierCode: null }),
      memberRow(2),
      memberRow(3, { status: 'LAPSED' }),
      memberRow(4, { status: 'CHURNED' }),
      memberRow(5, { status: 'SUSPENDED' }),
    ],
    terms: [
      termRow(2, inStatus.ACTIVE, running),
      termRow(3, inStatus.LAPSED, { outcome: 'LAPSED', outcomeAt: new Date('2025-03-02T16:00:00Z') }),
      termRow(4, inStatus.CHURNED, { outcome: 'LEFT', outcomeAt: new Date('2024-10-01T04:00:00Z') }),
      termRow(5, inStatus.SUSPENDED, running),
    ],
    statusChanges: Object.entries(inStatus).map(([status, id], n) =>
      statusChangeRow(n + 1, id, { fromStatus: null, toStatus: status as MemberStatus, effectiveAt: new Date('2024-01-10T08:00:00Z') }),
    ),
  });
  gateway = await startTestGateway(database);
  client = lifecycleClient(gateway);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('allowedTransitions', () => {
  it('moves members only along the club\'s lifecycle', () => {
    const moves = new Set<string>();
    for (const row of Object.values(allowedTransitions)) {
      for (const [from, to] of Object.entries(row)) if (from !== to) moves.add(`${from}->${to}`);
    }
    expect([...moves].sort()).toEqual([
      'ACTIVE->CHURNED',
      'ACTIVE->LAPSED',
      'ACTIVE->SUSPENDED',
      'LAPSED->ACTIVE',
      'LAPSED->CHURNED',
      'PROSPECT->ACTIVE',
      'SUSPENDED->ACTIVE',
      'SUSPENDED->CHURNED',
    ]);
    expect(isAllowedTransition(null, 'PROSPECT')).toBe(true);
    expect(isAllowedTransition(null, 'ACTIVE')).toBe(false);
    expect(isAllowedTransition('CHURNED', 'ACTIVE')).toBe(false);
    expect(isAllowedTransition('PROSPECT', 'CHURNED')).toBe(false);
  });
});

/** Each refused operation, the status it is refused from, and how the message describes who may. */
const refused: [string, MemberStatus, string][] = [
  ['admitMember', 'ACTIVE', 'only PROSPECT members can be admitted'],
  ['admitMember', 'LAPSED', 'only PROSPECT members can be admitted'],
  ['admitMember', 'CHURNED', 'only PROSPECT members can be admitted'],
  ['admitMember', 'SUSPENDED', 'only PROSPECT members can be admitted'],
  ['renewMembership', 'PROSPECT', 'only ACTIVE or LAPSED members can renew'],
  ['renewMembership', 'CHURNED', 'only ACTIVE or LAPSED members can renew'],
  ['renewMembership', 'SUSPENDED', 'only ACTIVE or LAPSED members can renew'],
  ['recordDuesPayment', 'LAPSED', 'only ACTIVE or SUSPENDED members can have dues recorded'],
  ['recordDuesPayment', 'CHURNED', 'only ACTIVE or SUSPENDED members can have dues recorded'],
  ['suspendMember', 'PROSPECT', 'only ACTIVE members can be suspended'],
  ['suspendMember', 'LAPSED', 'only ACTIVE members can be suspended'],
  ['suspendMember', 'CHURNED', 'only ACTIVE members can be suspended'],
  ['suspendMember', 'SUSPENDED', 'only ACTIVE members can be suspended'],
  ['reinstateMember', 'PROSPECT', 'only SUSPENDED members can be reinstated'],
  ['reinstateMember', 'ACTIVE', 'only SUSPENDED members can be reinstated'],
  ['reinstateMember', 'LAPSED', 'only SUSPENDED members can be reinstated'],
  ['reinstateMember', 'CHURNED', 'only SUSPENDED members can be reinstated'],
  ['leaveClub', 'PROSPECT', 'only ACTIVE, SUSPENDED or LAPSED members can leave the club'],
  ['leaveClub', 'CHURNED', 'only ACTIVE, SUSPENDED or LAPSED members can leave the club'],
];

function attempt(field: string, status: MemberStatus) {
  const id = inStatus[status];
  switch (field) {
    case 'admitMember':
      return client.admit({ memberId: id, feePlanId: 'standard' });
    case 'renewMembership':
      return client.renew({ memberId: id });
    case 'recordDuesPayment':
      return client.recordDues({ termId: termOf[status]! });
    case 'suspendMember':
      return client.suspend({ memberId: id, reason: 'Suspended pending a conduct review' });
    case 'reinstateMember':
      return client.reinstate({ memberId: id });
    default:
      return client.leave({ memberId: id });
  }
}

async function snapshot() {
  return {
    members: await rowsOf(database, sql`select id, status, lifecycle_stage, joined_on from members.members order by id`),
    terms: await rowsOf(database, sql`select id, outcome, outcome_at, dues_paid_at from members.membership_terms order by id`),
    changes: await rowsOf(database, sql`select count(*)::int as n from members.status_changes`),
    events: await rowsOf(database, sql`select count(*)::int as n from bus.domain_events`),
  };
}

describe('a lifecycle mutation from a status it does not start from', () => {
  it.each(refused)('refuses %s of a %s member as an invalid transition, changing nothing', async (field, status, allowed) => {
    const before = await snapshot();
    const response = await attempt(field, status);
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      {
        message: `Member ${inStatus[status]} is ${status}: ${allowed}.`,
        path: [field],
        extensions: { code: 'CONFLICT', reason: 'INVALID_TRANSITION', status, serviceName: 'members' },
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });
});
