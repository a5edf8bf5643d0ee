import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { recordEvent } from '../../src/core/bus/recordEvent.js';
import { fixtureUuid, insertBenefit, insertMemberTiers, insertTierBenefits } from '../fixtures/benefits.js';
import { insertMember, insertPointsEntries, insertPointsEntry, insertReferenceData, insertStanding } from '../fixtures/loyalty.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const trackDay = fixtureUuid(14);
const rich = fixtureUuid(801);
const poor = fixtureUuid(802);
const ticketHolder = fixtureUuid(803);
const stranger = fixtureUuid(899);
// A legal ledger whose balance is beyond GraphQL Int: 2,148 entries of 1,000,000.
const hoarder = fixtureUuid(804);

const staff: TokenSubject = { role: 'staff', subject: 's1' };

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertReferenceData(db);
  for (const id of [rich, poor, ticketHolder, hoarder]) {
    await insertMember(db, { id });
    await insertStanding(db, id, 'gold', 0);
  }
  await insertPointsEntry(db, { memberId: rich, points: 5000, occurredAt: new Date('2026-01-10T09:00:00Z') });
  await insertPointsEntry(db, { memberId: poor, points: 120, occurredAt: new Date('2026-01-10T09:00:00Z') });
  await insertPointsEntry(db, { memberId: ticketHolder, points: 1000, occurredAt: new Date('2026-01-10T09:00:00Z') });
  await insertPointsEntries(db, { memberId: hoarder, count: 2148, points: 1_000_000, from: new Date('2026-01-10T09:00:00Z') });

  await insertBenefit(db, { id: trackDay, name: 'Private track day', layer: 'EXCLUSIVE', pointsCost: 3000 });
  await insertTierBenefits(db, [{ tierId: 'gold', benefitId: trackDay, allowance: null, period: 'UNLIMITED' }]);
  await insertMemberTiers(db, [rich, poor, ticketHolder].map((memberId) => ({ memberId, tierId: 'gold' })));
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

/** The answers loyalty recorded about a member, oldest first. */
async function answersAbout(memberId: string) {
  return rowsOf<{ type: string; payload: Record<string, unknown> }>(
    sql`select type, payload from bus.domain_events where source = 'loyalty' and payload->>'memberId' = ${memberId} order by sequence`,
  );
}

/** A member's ledger, oldest first, without ids and times. */
async function ledgerOf(memberId: string) {
  return rowsOf<{ points: number; kind: string; reason: string }>(
    sql`select points, kind, reason from loyalty.points_entries where member_id = ${memberId} order by occurred_at, id`,
  );
}

async function balanceOf(memberId: string): Promise<number> {
  const response = await gateway.request<{ member: { pointsBalance: number } }, { id: string }>(
    'query ($id: ID!) { member(id: $id) { pointsBalance } }',
    { as: staff, variables: { id: memberId } },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.member.pointsBalance;
}

function request(type: string, payload: Record<string, unknown>) {
  return database.handle.db.transaction((tx) => recordEvent(tx, { type, source: type.split('.')[0]!, payload }));
}

const redeem = `mutation ($memberId: ID!, $benefitId: ID!) {
  redeemBenefit(memberId: $memberId, benefitId: $benefitId) { id status }
}`;

async function redemptionStatus(memberId: string): Promise<string[]> {
  const response = await gateway.request<{ member: { redemptions: { status: string }[] } }, { id: string }>(
    'query ($id: ID!) { member(id: $id) { redemptions { status } } }',
    { as: staff, variables: { id: memberId } },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.member.redemptions.map((redemption) => redemption.status);
}

describe('benefits.PointsChargeRequested, through the gateway', () => {
  it('charges the points of a redemption, which then stands', async () => {
    const response = await gateway.request<{ redeemBenefit: { id: string; status: string } }, Record<string, string>>(redeem, {
      as: { role: 'member', memberId: rich },
      variables: { memberId: rich, benefitId: trackDay },
    });
    expect(response.errors).toBeUndefined();
    // The answer may already have settled it: delivery is prompt.
    const { id } = response.data!.redeemBenefit;
    await gateway.events.drain();

    expect(await redemptionStatus(rich)).toEqual(['CONFIRMED']);
    expect(await balanceOf(rich)).toBe(2000);
    expect(await ledgerOf(rich)).toEqual([
      { points: 5000, kind: 'EARN_ATTENDANCE', reason: 'Track day' },
      { points: -3000, kind: 'SPEND_BENEFIT', reason: 'Redeemed Private track day' },
    ]);
    const [entry] = await rowsOf<{ id: string }>(sql`select id from loyalty.points_entries where member_id = ${rich} and points < 0`);
    expect(await answersAbout(rich)).toEqual([
      {
        type: 'loyalty.PointsCharged',
        payload: { reference: `redemption:${id}`, requestedBy: 'benefits', memberId: rich, points: 3000, entryId: entry!.id },
      },
    ]);
  });

  it('declines a charge the balance does not cover, which declines the redemption', async () => {
    const response = await gateway.request<{ redeemBenefit: { id: string } }, Record<string, string>>(redeem, {
      as: staff,
      variables: { memberId: poor, benefitId: trackDay },
    });
    expect(response.errors).toBeUndefined();
    await gateway.events.drain();

    expect(await redemptionStatus(poor)).toEqual(['DECLINED']);
    expect(await balanceOf(poor)).toBe(120);
    expect(await answersAbout(poor)).toEqual([
      {
        type: 'loyalty.PointsChargeDeclined',
        payload: {
          reference: `redemption:${response.data!.redeemBenefit.id}`,
          requestedBy: 'benefits',
          memberId: poor,
          points: 3000,
          balance: 120,
          reason: 'INSUFFICIENT_POINTS',
        },
      },
    ]);
  });
});

describe('events.PointsChargeRequested', () => {
  const reference = `registration:${fixtureUuid(901)}`;
  const charge = { reference, memberId: ticketHolder, points: 400, kind: 'SPEND_EVENT', reason: 'Seat at Shanghai salon', requestedAt: '2026-03-01T10:00:00.000Z' };

  it('charges a reference once, answering a repeated request with the first entry', async () => {
    await request('events.PointsChargeRequested', charge);
    await request('events.PointsChargeRequested', charge);
    await gateway.events.drain();

    expect(await ledgerOf(ticketHolder)).toEqual([
      { points: 1000, kind: 'EARN_ATTENDANCE', reason: 'Track day' },
      { points: -400, kind: 'SPEND_EVENT', reason: 'Seat at Shanghai salon' },
    ]);
    const [entry] = await rowsOf<{ id: string }>(sql`select id from loyalty.points_entries where member_id = ${ticketHolder} and points < 0`);
    const charged = { type: 'loyalty.PointsCharged', payload: { reference, requestedBy: 'events', memberId: ticketHolder, points: 400, entryId: entry!.id } };
    expect(await answersAbout(ticketHolder)).toEqual([charged, charged]);
  });

  it('declines a member loyalty holds no standing for, and a malformed request', async () => {
    await request('events.PointsChargeRequested', { ...charge, reference: 'registration:x1', memberId: stranger });
    await request('events.PointsChargeRequested', { ...charge, reference: 'registration:x2', memberId: stranger, points: -5 });
    await gateway.events.drain();
    expect(await answersAbout(stranger)).toEqual([
      {
        type: 'loyalty.PointsChargeDeclined',
        payload: { reference: 'registration:x1', requestedBy: 'events', memberId: stranger, points: 400, balance: 0, reason: 'NO_STANDING' },
      },
      {
        type: 'loyalty.PointsChargeDeclined',
        payload: { reference: 'registration:x2', requestedBy: 'events', memberId: stranger, points: -5, balance: 0, reason: 'INVALID_REQUEST' },
      },
    ]);
    expect(await ledgerOf(stranger)).toEqual([]);
  });
});

describe('events.PointsChargeRequested beyond the points one entry moves', () => {
  const charge = { memberId: hoarder, kind: 'SPEND_EVENT', reason: 'Seat at a gala', requestedAt: '2026-03-01T10:00:00.000Z' };

  it('declines more than 1,000,000 points as an invalid request, even when the balance covers them', async () => {
    await request('events.PointsChargeRequested', { ...charge, reference: 'registration:big1', points: 1_000_001 });
    await request('events.PointsChargeRequested', { ...charge, reference: 'registration:big2', points: 2_147_483_648 });
    await gateway.events.drain();
    const declined = (reference: string, points: number) => ({
      type: 'loyalty.PointsChargeDeclined',
      payload: { reference, requestedBy: 'events', memberId: hoarder, points, balance: 0, reason: 'INVALID_REQUEST' },
    });
    expect(await answersAbout(hoarder)).toEqual([declined('registration:big1', 1_000_001), declined('registration:big2', 2_147_483_648)]);
    expect(await rowsOf(sql`select count(*)::int as n from loyalty.points_entries where member_id = ${hoarder} and points < 0`)).toEqual([{ n: 0 }]);
  });

  it('charges 1,000,000 points from a balance beyond GraphQL Int', async () => {
    await request('events.PointsChargeRequested', { ...charge, reference: 'registration:big3', points: 1_000_000 });
    await gateway.events.drain();
    expect((await answersAbout(hoarder)).at(-1)).toEqual({
      type: 'loyalty.PointsCharged',
      payload: { reference: 'registration:big3', requestedBy: 'events', memberId: hoarder, points: 1_000_000, entryId: expect.any(String) },
    });
  });
});

describe('events.PointsRefundRequested', () => {
  const reference = `registration:${fixtureUuid(901)}`;

  it('refunds a charged reference once, never more than was charged', async () => {
    const before = (await answersAbout(ticketHolder)).length;
    await request('events.PointsRefundRequested', { reference, memberId: ticketHolder, points: 900, reason: 'Refund: Shanghai salon registration cancelled' });
    await request('events.PointsRefundRequested', { reference, memberId: ticketHolder, points: 400, reason: 'Refund again' });
    await gateway.events.drain();

    expect(await ledgerOf(ticketHolder)).toEqual([
      { points: 1000, kind: 'EARN_ATTENDANCE', reason: 'Track day' },
      { points: -400, kind: 'SPEND_EVENT', reason: 'Seat at Shanghai salon' },
      { points: 400, kind: 'REFUND', reason: 'Refund: Shanghai salon registration cancelled' },
    ]);
    const [refund] = await rowsOf<{ id: string }>(sql`select id from loyalty.points_entries where member_id = ${ticketHolder} and kind = 'REFUND'`);
    const refunded = { type: 'loyalty.PointsRefunded', payload: { reference, requestedBy: 'events', memberId: ticketHolder, points: 400, entryId: refund!.id } };
    expect((await answersAbout(ticketHolder)).slice(before)).toEqual([refunded, refunded]);
    expect(await balanceOf(ticketHolder)).toBe(1000);
  });

  it('books nothing for a reference never charged, nor one charged by another subgraph', async () => {
    const before = await ledgerOf(ticketHolder);
    await request('events.PointsRefundRequested', { reference: `registration:${fixtureUuid(902)}`, memberId: ticketHolder, points: 100, reason: 'Refund' });
    await request('benefits.PointsRefundRequested', { reference, memberId: ticketHolder, points: 100, reason: 'Refund' });
    await gateway.events.drain();
    expect(await ledgerOf(ticketHolder)).toEqual(before);
  });

  it('refunds part of a charge when less is asked for', async () => {
    const partial = `registration:${fixtureUuid(903)}`;
    await request('events.PointsChargeRequested', { reference: partial, memberId: ticketHolder, points: 300, kind: 'SPEND_EVENT', reason: 'Seat at a talk', requestedAt: '2026-03-02T10:00:00.000Z' });
    await request('events.PointsRefundRequested', { reference: partial, memberId: ticketHolder, points: 100, reason: 'Partial refund' });
    await gateway.events.drain();
    expect((await ledgerOf(ticketHolder)).slice(-2)).toEqual([
      { points: -300, kind: 'SPEND_EVENT', reason: 'Seat at a talk' },
      { points: 100, kind: 'REFUND', reason: 'Partial refund' },
    ]);
    expect(await balanceOf(ticketHolder)).toBe(800);
  });
});
