import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordEvent } from '../../src/core/bus/recordEvent.js';
import type { TokenSubject } from '../../src/core/auth.js';
import { fixtureUuid, insertBenefit, insertMemberTiers, insertRedemptions, insertTierBenefits } from '../fixtures/benefits.js';
import { insertMember, insertPointsEntry, insertReferenceData, insertStanding } from '../fixtures/loyalty.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const carWash = fixtureUuid(11);
const lounge = fixtureUuid(12);
const maintenance = fixtureUuid(13);
const trackDay = fixtureUuid(14);
const safetyCheck = fixtureUuid(15);
const unknownId = fixtureUuid(99);

const gold = fixtureUuid(701);
const silver = fixtureUuid(702);
const newcomer = fixtureUuid(703);
const prospect = fixtureUuid(704);
const idempotent = fixtureUuid(705);
const waiting = fixtureUuid(706);
const leaver = fixtureUuid(707);

const staff: TokenSubject = { role: 'staff', subject: 's1' };
const asMember = (memberId: string): TokenSubject => ({ role: 'member', memberId });

/** The current month and year in China time, computed apart from the code under test. */
function chinaPeriods(now = new Date()): { month: string; year: string } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).formatToParts(now);
  const year = parts.find((part) => part.type === 'year')!.value;
  const month = parts.find((part) => part.type === 'month')!.value;
  return { month: `${year}-${month}`, year };
}

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  for (const id of [gold, silver, newcomer, prospect, idempotent, waiting, leaver]) await insertMember(db, { id });
  // Loyalty charges points costs from these members' ledgers.
  await insertReferenceData(db);
  for (const id of [gold, waiting]) {
    await insertStanding(db, id, 'gold', 0);
    await insertPointsEntry(db, { memberId: id, points: 5000, occurredAt: new Date('2026-01-10T09:00:00Z') });
  }

  await insertBenefit(db, { id: carWash, name: 'Hand car wash' });
  await insertBenefit(db, { id: lounge, name: 'Airport lounge', layer: 'VALUE_ADDED' });
  await insertBenefit(db, { id: maintenance, name: 'Maintenance discount' });
  await insertBenefit(db, { id: trackDay, name: 'Private track day', layer: 'EXCLUSIVE', pointsCost: 3000 });
  await insertBenefit(db, { id: safetyCheck, name: 'Seasonal safety check' });
  await insertTierBenefits(db, [
    { tierId: 'gold', benefitId: carWash, allowance: 1, period: 'MONTH' },
    { tierId: 'gold', benefitId: lounge, allowance: 2, period: 'YEAR' },
    { tierId: 'gold', benefitId: maintenance, allowance: null, period: 'UNLIMITED' },
    { tierId: 'gold', benefitId: trackDay, allowance: 1, period: 'YEAR' },
    { tierId: 'silver', benefitId: carWash, allowance: 1, period: 'MONTH' },
    { tierId: 'silver', benefitId: safetyCheck, allowance: 1, period: 'YEAR' },
  ]);
  await insertMemberTiers(db, [
    { memberId: gold, tierId: 'gold' },
    { memberId: silver, tierId: 'silver' },
    { memberId: idempotent, tierId: 'gold' },
    { memberId: waiting, tierId: 'gold' },
    { memberId: leaver, tierId: 'gold' },
  ]);

  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const redeem = `
  mutation Redeem($memberId: ID!, $benefitId: ID!, $key: String) {
    redeemBenefit(memberId: $memberId, benefitId: $benefitId, idempotencyKey: $key) {
      id status pointsCost tier { id } benefit { name } member { id }
    }
  }
`;

interface RedeemData {
  redeemBenefit: { id: string; status: string; pointsCost: number; tier: { id: string }; benefit: { name: string }; member: { id: string } };
}

function redeemAs(as: TokenSubject, memberId: string, benefitId: string, key?: string) {
  return gateway.request<RedeemData, Record<string, unknown>>(redeem, { as, variables: { memberId, benefitId, key } });
}

async function rowsOf<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await database.handle.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** The domain events recorded about a member, oldest first, without their ids and times. */
async function eventsAbout(memberId: string) {
  const rows = await rowsOf<{ type: string; payload: Record<string, unknown> }>(
    sql`select type, payload from bus.domain_events where payload->>'memberId' = ${memberId} order by sequence`,
  );
  return rows.map(({ type, payload }) => {
    const { redeemedAt, requestedAt, ...rest } = payload;
    return { type, payload: rest, stamped: typeof (redeemedAt ?? requestedAt) === 'string' };
  });
}

/** Records what the members subgraph would on a status change. */
function statusChanged(memberId: string, toStatus: string, effectiveAt: string) {
  return database.handle.db.transaction((tx) =>
    recordEvent(tx, {
      type: 'members.MemberStatusChanged',
      source: 'members',
      payload: { memberId, fromStatus: null, toStatus, reason: 'test', effectiveAt },
    }),
  );
}

async function redemptionsOf(memberId: string) {
  const response = await gateway.request<{ member: { redemptions: unknown[] } }, { id: string }>(
    `query ($id: ID!) { member(id: $id) { redemptions { benefit { name } status pointsCost tier { id } } } }`,
    { as: staff, variables: { id: memberId } },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.member.redemptions;
}

describe('Mutation.redeemBenefit', () => {
  it('confirms a redemption without a points cost and records BenefitRedeemed', async () => {
    const response = await redeemAs(asMember(gold), gold, carWash);
    expect(response.errors).toBeUndefined();
    const redemption = response.data!.redeemBenefit;
    expect(redemption).toEqual({
      id: redemption.id,
      status: 'CONFIRMED',
      pointsCost: 0,
      tier: { id: 'gold' },
      benefit: { name: 'Hand car wash' },
      member: { id: gold },
    });
    expect(await eventsAbout(gold)).toEqual([
      {
        type: 'benefits.BenefitRedeemed',
        payload: { memberId: gold, benefitId: carWash, redemptionId: redemption.id, pointsCost: 0 },
        stamped: true,
      },
    ]);
  });

  it('refuses a second redemption of a monthly allowance of one, naming the period', async () => {
    const response = await redeemAs(staff, gold, carWash);
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      {
        message: `The allowance of "Hand car wash" for ${chinaPeriods().month} (China time) is used: tier gold allows 1 a month.`,
        path: ['redeemBenefit'],
        extensions: { code: 'CONFLICT', reason: 'ALLOWANCE_USED', serviceName: 'benefits' },
      },
    ]);
  });

  it('counts a yearly allowance over the China calendar year, declined redemptions excepted', async () => {
    const { year } = chinaPeriods();
    await insertRedemptions(database.handle.db, [
      { id: fixtureUuid(301), memberId: gold, benefitId: lounge, redeemedAt: new Date(), tierId: 'gold', periodKey: year },
      { id: fixtureUuid(302), memberId: gold, benefitId: lounge, redeemedAt: new Date(), tierId: 'gold', periodKey: year, status: 'DECLINED' },
      { id: fixtureUuid(303), memberId: gold, benefitId: lounge, redeemedAt: new Date(), tierId: 'gold', periodKey: String(Number(year) - 1) },
    ]);

    const second = await redeemAs(staff, gold, lounge);
    expect(second.errors).toBeUndefined();
    expect(second.data!.redeemBenefit.status).toBe('CONFIRMED');

    const third = await redeemAs(staff, gold, lounge);
    expect(third.errors).toEqual([
      {
        message: `The allowance of "Airport lounge" for ${year} (China time) is used: tier gold allows 2 a year.`,
        path: ['redeemBenefit'],
        extensions: { code: 'CONFLICT', reason: 'ALLOWANCE_USED', serviceName: 'benefits' },
      },
    ]);
  });

  it('lets an unlimited benefit be redeemed again and again', async () => {
    for (let round = 0; round < 3; round++) {
      const response = await redeemAs(asMember(gold), gold, maintenance);
      expect(response.errors).toBeUndefined();
      expect(response.data!.redeemBenefit.status).toBe('CONFIRMED');
    }
  });

  it('refuses a benefit the member\'s tier does not include', async () => {
    const response = await redeemAs(asMember(silver), silver, lounge);
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      {
        message: 'Tier silver does not include the benefit "Airport lounge".',
        path: ['redeemBenefit'],
        extensions: { code: 'FORBIDDEN', field: 'Mutation.redeemBenefit', reason: 'NOT_IN_TIER', serviceName: 'benefits' },
      },
    ]);
  });

  it('names the argument of an unknown benefit, and of a member without a tier', async () => {
    const noBenefit = await redeemAs(staff, gold, unknownId);
    expect(noBenefit.errors).toEqual([
      {
        message: `No benefit has id "${unknownId}".`,
        path: ['redeemBenefit'],
        extensions: { code: 'NOT_FOUND', argument: 'benefitId', serviceName: 'benefits' },
      },
    ]);

    const noTier = await redeemAs(staff, prospect, carWash);
    expect(noTier.errors).toEqual([
      {
        message: `No member with a tier has id "${prospect}".`,
        path: ['redeemBenefit'],
        extensions: { code: 'NOT_FOUND', argument: 'memberId', serviceName: 'benefits' },
      },
    ]);
  });

  it('refuses a malformed id, naming the argument', async () => {
    const response = await redeemAs(staff, 'gold', carWash);
    expect(response.errors).toEqual([
      {
        message: 'Argument "memberId" must be a UUID; got "gold".',
        path: ['redeemBenefit'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'memberId', serviceName: 'benefits' },
      },
    ]);
  });

  it('refuses a member redeeming for another member, a partner and an anonymous viewer', async () => {
    const forbidden = {
      message: 'Only staff and the member themself may use Mutation.redeemBenefit.',
      path: ['redeemBenefit'],
      extensions: { code: 'FORBIDDEN', field: 'Mutation.redeemBenefit', reason: 'STAFF_OR_SELF', serviceName: 'benefits' },
    };
    expect((await redeemAs(asMember(silver), gold, maintenance)).errors).toEqual([forbidden]);
    expect((await redeemAs({ role: 'partner', partnerId: fixtureUuid(900) }, gold, maintenance)).errors).toEqual([forbidden]);
    const anonymous = await gateway.request(redeem, { variables: { memberId: gold, benefitId: maintenance } });
    expect(anonymous.errors).toEqual([forbidden]);
  });

  it('takes the tier from loyalty.TierChanged, ignoring a change older than the copy', async () => {
    const tierChanged = (toTier: string, effectiveOn: string) =>
      database.handle.db.transaction((tx) =>
        recordEvent(tx, {
          type: 'loyalty.TierChanged',
          source: 'loyalty',
          payload: { memberId: newcomer, fromTier: null, toTier, reason: 'ADMISSION', effectiveOn },
        }),
      );
    await statusChanged(newcomer, 'ACTIVE', '2026-07-01T00:00:00Z');
    await tierChanged('silver', '2026-07-01');
    await tierChanged('bronze', '2026-01-01');
    await gateway.events.drain();

    const response = await redeemAs(asMember(newcomer), newcomer, safetyCheck);
    expect(response.errors).toBeUndefined();
    expect(response.data!.redeemBenefit.tier).toEqual({ id: 'silver' });
  });
});

describe('Mutation.redeemBenefit for a member who is not ACTIVE', () => {
  it('refuses with CONFLICT naming the status, as members.MemberStatusChanged told, ignoring an older change', async () => {
    await statusChanged(leaver, 'CHURNED', '2026-11-30T00:00:00Z');
    await statusChanged(leaver, 'ACTIVE', '2026-01-01T00:00:00Z');
    await gateway.events.drain();

    const response = await redeemAs(asMember(leaver), leaver, maintenance);
    expect(response.data).toBeNull();
    expect(response.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }))).toEqual([
      {
        message: `Member ${leaver} is CHURNED: only ACTIVE members redeem benefits.`,
        path: ['redeemBenefit'],
        extensions: { code: 'CONFLICT', reason: 'MEMBER_NOT_ACTIVE', status: 'CHURNED', serviceName: 'benefits' },
      },
    ]);
    expect(await rowsOf(sql`select count(*)::int as n from benefits.redemptions where member_id = ${leaver}`)).toEqual([{ n: 0 }]);
  });
});

describe('Mutation.redeemBenefit with an idempotency key', () => {
  it('redeems once however often the request is retried', async () => {
    const first = await redeemAs(asMember(idempotent), idempotent, carWash, 'wash-2026-retry');
    const retry = await redeemAs(asMember(idempotent), idempotent, carWash, 'wash-2026-retry');
    expect(first.errors).toBeUndefined();
    expect(retry).toMatchObject({ data: first.data });
    expect(retry.errors).toBeUndefined();
    expect(await redemptionsOf(idempotent)).toEqual([
      { benefit: { name: 'Hand car wash' }, status: 'CONFIRMED', pointsCost: 0, tier: { id: 'gold' } },
    ]);
  });

  it('refuses the same key for a different benefit', async () => {
    const response = await redeemAs(asMember(idempotent), idempotent, maintenance, 'wash-2026-retry');
    expect(response.errors).toEqual([
      {
        message: 'This idempotency key was already used for a different request.',
        path: ['redeemBenefit'],
        extensions: { code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED', argument: 'idempotencyKey', serviceName: 'benefits' },
      },
    ]);
  });
});

describe('Mutation.redeemBenefit of a benefit with a points cost', () => {
  const pointsAnswer = (type: 'loyalty.PointsCharged' | 'loyalty.PointsChargeDeclined', reference: string, requestedBy = 'benefits') =>
    database.handle.db.transaction((tx) =>
      recordEvent(tx, {
        type,
        source: 'loyalty',
        payload:
          type === 'loyalty.PointsCharged'
            ? { reference, requestedBy, memberId: waiting, points: 3000, entryId: fixtureUuid(501) }
            : { reference, requestedBy, memberId: waiting, points: 3000, balance: 120, reason: 'INSUFFICIENT_POINTS' },
      }),
    );

  it('asks loyalty for the points and stands once loyalty has charged them', async () => {
    const response = await redeemAs(asMember(gold), gold, trackDay);
    expect(response.errors).toBeUndefined();
    const { id } = response.data!.redeemBenefit;
    expect(response.data!.redeemBenefit).toMatchObject({ pointsCost: 3000 });
    expect((await eventsAbout(gold)).find((event) => event.type === 'benefits.PointsChargeRequested')).toEqual({
      type: 'benefits.PointsChargeRequested',
      payload: { reference: `redemption:${id}`, memberId: gold, points: 3000, kind: 'SPEND_BENEFIT', reason: 'Redeemed Private track day' },
      stamped: true,
    });

    await gateway.events.drain();
    const trackDays = (await redemptionsOf(gold)).filter(
      (redemption) => (redemption as { benefit: { name: string } }).benefit.name === 'Private track day',
    );
    expect(trackDays).toEqual([{ benefit: { name: 'Private track day' }, status: 'CONFIRMED', pointsCost: 3000, tier: { id: 'gold' } }]);
  });

  it('holds the allowance while pending, frees it when the charge is declined, and confirms when it is charged', async () => {
    // A redemption still waiting for loyalty's answer.
    const pending = fixtureUuid(310);
    await insertRedemptions(database.handle.db, [
      { id: pending, memberId: waiting, benefitId: trackDay, redeemedAt: new Date(), tierId: 'gold', status: 'PENDING', pointsCost: 3000, periodKey: chinaPeriods().year },
    ]);
    const blocked = await redeemAs(asMember(waiting), waiting, trackDay);
    expect(blocked.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', reason: 'ALLOWANCE_USED', serviceName: 'benefits' });

    // A charge another subgraph asked for under the same reference changes nothing.
    await pointsAnswer('loyalty.PointsChargeDeclined', `redemption:${pending}`, 'events');
    await pointsAnswer('loyalty.PointsChargeDeclined', `redemption:${pending}`);
    await gateway.events.drain();

    // Loyalty charges the retried redemption's points itself.
    const retried = await redeemAs(asMember(waiting), waiting, trackDay);
    expect(retried.errors).toBeUndefined();
    const { id } = retried.data!.redeemBenefit;
    await gateway.events.drain();
    // A late charge of the declined redemption leaves it declined.
    await pointsAnswer('loyalty.PointsCharged', `redemption:${pending}`);
    await gateway.events.drain();

    const trackDays = (await redemptionsOf(waiting)).filter(
      (redemption) => (redemption as { benefit: { name: string } }).benefit.name === 'Private track day',
    );
    expect(trackDays).toEqual([
      { benefit: { name: 'Private track day' }, status: 'CONFIRMED', pointsCost: 3000, tier: { id: 'gold' } },
      { benefit: { name: 'Private track day' }, status: 'DECLINED', pointsCost: 3000, tier: { id: 'gold' } },
    ]);
    expect((await eventsAbout(waiting)).filter((event) => event.type === 'benefits.BenefitRedeemed')).toEqual([
      {
        type: 'benefits.BenefitRedeemed',
        payload: { memberId: waiting, benefitId: trackDay, redemptionId: id, pointsCost: 3000 },
        stamped: true,
      },
    ]);
  });
});
