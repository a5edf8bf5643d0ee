import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { recordEvent } from '../../src/core/bus/recordEvent.js';
import { fixtureUuid } from '../fixtures/benefits.js';
import { insertMember, insertReferenceData, insertStanding } from '../fixtures/loyalty.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const buyer = fixtureUuid(831);
const attendee = fixtureUuid(832);
const referrer = fixtureUuid(833);
const newcomer = fixtureUuid(834);
const premiumNewcomer = fixtureUuid(835);
const oddPlanNewcomer = fixtureUuid(836);
const prospect = fixtureUuid(837);

const staff: TokenSubject = { role: 'staff', subject: 's1' };

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertReferenceData(db);
  for (const id of [buyer, attendee, referrer]) {
    await insertMember(db, { id });
    await insertStanding(db, id, 'silver', 0);
  }
  for (const id of [newcomer, premiumNewcomer, oddPlanNewcomer, prospect]) await insertMember(db, { id });
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

async function rowsOf<T>(query: SQL): Promise<T[]> {
  const result = await database.handle.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

async function record(type: string, payload: Record<string, unknown>): Promise<void> {
  await database.handle.db.transaction((tx) => recordEvent(tx, { type, source: type.split('.')[0]!, payload }));
}

async function ledgerOf(memberId: string) {
  return rowsOf<{ points: number; kind: string; reason: string; at: string }>(
    sql`select points, kind, reason, occurred_at::text as at from loyalty.points_entries where member_id = ${memberId} order by occurred_at, id`,
  );
}

async function loyaltyOf(memberId: string) {
  const response = await gateway.request<{ member: Record<string, unknown> }, { id: string }>(
    `query ($id: ID!) { member(id: $id) {
      tier { id } valueScore pointsBalance
      tierHistory { from { id } to { id } reason effectiveOn valueScore threshold half note }
    } }`,
    { as: staff, variables: { id: memberId } },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.member;
}

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();

describe('benefits.ServiceOrdered', () => {
  it('counts the spend in the value score and earns a point per full 10 yuan, once per order', async () => {
    const orderedAt = daysAgo(2);
    const order = { memberId: buyer, serviceId: fixtureUuid(51), orderId: fixtureUuid(61), amountMinor: 256_789, currency: 'CNY', orderedAt };
    await record('benefits.ServiceOrdered', order);
    await record('benefits.ServiceOrdered', order);
    await gateway.events.drain();

    expect(await ledgerOf(buyer)).toEqual([
      { points: 256, kind: 'EARN_SPEND', reason: 'Points for a value-added service order', at: expect.any(String) as unknown as string },
    ]);
    expect(new Date((await ledgerOf(buyer))[0]!.at).toISOString()).toBe(orderedAt);
    // floor(2,567.89 yuan / 100) + floor(256 points / 10)
    expect(await loyaltyOf(buyer)).toMatchObject({ valueScore: 25 + 25, pointsBalance: 256 });
  });
});

describe('events.MemberCheckedIn', () => {
  it('counts the attendance and earns 200 points, once per registration', async () => {
    const checkIn = { registrationId: fixtureUuid(71), eventId: fixtureUuid(81), memberId: attendee, checkedInAt: daysAgo(5) };
    await record('events.MemberCheckedIn', checkIn);
    await record('events.MemberCheckedIn', checkIn);
    await record('events.MemberCheckedIn', { ...checkIn, registrationId: fixtureUuid(72) });
    await gateway.events.drain();

    expect((await ledgerOf(attendee)).map(({ points, kind }) => ({ points, kind }))).toEqual([
      { points: 200, kind: 'EARN_ATTENDANCE' },
      { points: 200, kind: 'EARN_ATTENDANCE' },
    ]);
    // 2 × 40 for the check-ins, floor(400 / 10) for the points.
    expect(await loyaltyOf(attendee)).toMatchObject({ valueScore: 120, pointsBalance: 400 });
  });

  it('counts nothing for a member loyalty has not admitted', async () => {
    await record('events.MemberCheckedIn', { registrationId: fixtureUuid(73), eventId: fixtureUuid(81), memberId: prospect, checkedInAt: daysAgo(1) });
    await gateway.events.drain();
    expect(await ledgerOf(prospect)).toEqual([]);
    expect(await rowsOf(sql`select kind from loyalty.score_facts where member_id = ${prospect}`)).toEqual([]);
  });
});

describe('members.MemberAdmitted', () => {
  it('places the member in the lowest tier of their fee plan and records TierChanged', async () => {
    await record('members.MemberAdmitted', { memberId: newcomer, feePlanId: 'standard', termId: fixtureUuid(91), admittedOn: '2026-03-02', referrerId: null });
    await record('members.MemberAdmitted', { memberId: premiumNewcomer, feePlanId: 'PREMIUM', termId: fixtureUuid(92), admittedOn: '2026-03-03', referrerId: null });
    await gateway.events.drain();

    const admission = (tierId: string, effectiveOn: string) => ({
      tier: { id: tierId },
      tierHistory: [{ from: null, to: { id: tierId }, reason: 'ADMISSION', effectiveOn, valueScore: 0, threshold: null, half: null, note: null }],
    });
    expect(await loyaltyOf(newcomer)).toMatchObject(admission('bronze', '2026-03-02'));
    expect(await loyaltyOf(premiumNewcomer)).toMatchObject(admission('gold', '2026-03-03'));
    expect(
      await rowsOf(sql`select payload from bus.domain_events where type = 'loyalty.TierChanged' and payload->>'memberId' in (${newcomer}, ${premiumNewcomer}) order by sequence`),
    ).toEqual([
      { payload: { memberId: newcomer, fromTier: null, toTier: 'bronze', reason: 'ADMISSION', effectiveOn: '2026-03-02' } },
      { payload: { memberId: premiumNewcomer, fromTier: null, toTier: 'gold', reason: 'ADMISSION', effectiveOn: '2026-03-03' } },
    ]);
    // The benefits subgraph's tier copy follows.
    expect(await rowsOf(sql`select tier_id from benefits.member_tiers where member_id = ${premiumNewcomer}`)).toEqual([{ tier_id: 'gold' }]);
  });

  it('keeps the first placement when the admission is reported again, and places an unknown plan in the lowest tier', async () => {
    await record('members.MemberAdmitted', { memberId: premiumNewcomer, feePlanId: 'flagship', termId: fixtureUuid(93), admittedOn: '2026-04-01', referrerId: null });
    await record('members.MemberAdmitted', { memberId: oddPlanNewcomer, feePlanId: 'platinum-club', termId: fixtureUuid(94), admittedOn: '2026-04-02', referrerId: null });
    await gateway.events.drain();
    expect(await loyaltyOf(premiumNewcomer)).toMatchObject({ tier: { id: 'gold' }, tierHistory: [{ reason: 'ADMISSION' }] });
    expect(await loyaltyOf(oddPlanNewcomer)).toMatchObject({ tier: { id: 'bronze' } });
  });

  it('gives the referrer their referral points once per referred member', async () => {
    const referred = [fixtureUuid(841), fixtureUuid(842)];
    for (const id of referred) await insertMember(database.handle.db, { id });
    for (const memberId of [...referred, referred[0]!]) {
      await record('members.MemberAdmitted', { memberId, feePlanId: 'standard', termId: fixtureUuid(95), admittedOn: '2026-05-01', referrerId: referrer });
    }
    await gateway.events.drain();

    expect((await ledgerOf(referrer)).map(({ points, kind, reason }) => ({ points, kind, reason }))).toEqual([
      { points: 500, kind: 'EARN_REFERRAL', reason: 'Referral bonus: a member you referred was admitted' },
      { points: 500, kind: 'EARN_REFERRAL', reason: 'Referral bonus: a member you referred was admitted' },
    ]);
    // 2 × 150 for the referrals, floor(1000 / 10) for the points.
    expect(await loyaltyOf(referrer)).toMatchObject({ valueScore: 400, pointsBalance: 1000 });
  });
});
