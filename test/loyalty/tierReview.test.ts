import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { recordEvent } from '../../src/core/bus/recordEvent.js';
import { fixtureUuid } from '../fixtures/benefits.js';
import { insertMember, insertReferenceData, insertScoreFacts, insertStanding, insertTierChange } from '../fixtures/loyalty.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

// Member ids sort in this order, the order a review lists its moves in.
const climber = fixtureUuid(851);
const stepper = fixtureUuid(852);
const slider = fixtureUuid(853);
const newcomer = fixtureUuid(854);
const steady = fixtureUuid(855);
const late = fixtureUuid(856);
const floor = fixtureUuid(857);
const lapsed = fixtureUuid(858);
const churned = fixtureUuid(859);

const staff: TokenSubject = { role: 'staff', subject: 's1' };

/** A member placed in `tierId` on `since`, with facts worth `score` in the window of 2026-H1 (as of 2026-06-30). */
async function member(id: string, tierId: string, since: string, score: number, admittedOn = since) {
  const db = database.handle.db;
  await insertMember(db, { id });
  await insertStanding(db, id, tierId, 0);
  if (admittedOn !== since) await insertTierChange(db, { memberId: id, toTierId: 'bronze', reason: 'ADMISSION', effectiveOn: admittedOn });
  await insertTierChange(db, {
    memberId: id,
    fromTierId: admittedOn === since ? null : 'bronze',
    toTierId: tierId,
    reason: admittedOn === since ? 'ADMISSION' : 'REVIEW_PROMOTION',
    effectiveOn: since,
  });
  // Referrals are worth 150 each, attendances 40, spend 1 a hundred yuan.
  const referrals = Math.floor(score / 150);
  const attendances = Math.floor((score % 150) / 40);
  const spendYuan = ((score % 150) % 40) * 100;
  const at = new Date('2026-03-15T04:00:00Z');
  if (referrals > 0) await insertScoreFacts(db, { memberId: id, kind: 'REFERRAL', occurredAt: at, count: referrals });
  if (attendances > 0) await insertScoreFacts(db, { memberId: id, kind: 'ATTENDANCE', occurredAt: at, count: attendances });
  if (spendYuan > 0) await insertScoreFacts(db, { memberId: id, kind: 'SPEND', occurredAt: at, amount: spendYuan * 100 });
}

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertReferenceData(db);
  await member(climber, 'bronze', '2025-02-01', 9000);
  await member(stepper, 'silver', '2025-12-31', 3100, '2025-03-01');
  await member(slider, 'gold', '2025-06-30', 100, '2025-01-05');
  await member(newcomer, 'gold', '2026-03-01', 0);
  await member(steady, 'silver', '2025-12-31', 900, '2025-04-01');
  await member(late, 'bronze', '2026-07-10', 9000);
  await member(floor, 'bronze', '2025-01-01', 0);
  await member(lapsed, 'silver', '2025-06-30', 0, '2025-01-01');
  // Facts before the window (which starts 2025-07-01) and after it (2026-07-01) do not count.
  await insertScoreFacts(db, { memberId: steady, kind: 'REFERRAL', occurredAt: new Date('2025-06-30T15:59:59Z'), count: 20 });
  await insertScoreFacts(db, { memberId: steady, kind: 'REFERRAL', occurredAt: new Date('2026-06-30T16:00:00Z'), count: 20 });
  await member(churned, 'silver', '2025-06-30', 0, '2025-01-01');
  gateway = await startTestGateway(database);

  // Loyalty learns statuses from members.MemberStatusChanged. The churned
  // member left at the start of 2026-03-11 (China); the older ACTIVE fact
  // arrives after it and is ignored.
  const statusChanged = (memberId: string, toStatus: string, effectiveAt: string) =>
    db.transaction((tx) =>
      recordEvent(tx, { type: 'members.MemberStatusChanged', source: 'members', payload: { memberId, fromStatus: 'ACTIVE', toStatus, reason: 'test', effectiveAt } }),
    );
  await statusChanged(lapsed, 'LAPSED', '2026-01-31T16:00:00.000Z');
  await statusChanged(slider, 'SUSPENDED', '2026-04-01T02:00:00.000Z');
  await statusChanged(churned, 'CHURNED', '2026-03-10T16:00:00.000Z');
  await statusChanged(churned, 'ACTIVE', '2025-01-01T02:00:00.000Z');
  await gateway.events.drain();
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

async function rowsOf<T>(query: SQL): Promise<T[]> {
  const result = await database.handle.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

const reviewFields = `half asOf applied appliedAt promotions demotions
  moves(first: 10) { totalCount edges { node { member { id } from { id } to { id } reason valueScore threshold } } }`;

interface ReviewData {
  half: string;
  asOf: string;
  applied: boolean;
  appliedAt: string | null;
  promotions: number;
  demotions: number;
  moves: { totalCount: number; edges: { node: Record<string, unknown> }[] };
}

function preview(variables: { half: string; asOf?: string }, as: TokenSubject | undefined = staff) {
  return gateway.request<{ tierReviewPreview: ReviewData }, typeof variables>(
    `query ($half: String!, $asOf: Date) { tierReviewPreview(half: $half, asOf: $asOf) { ${reviewFields} } }`,
    { as, variables },
  );
}

function apply(variables: { half: string; asOf?: string; key?: string }, as: TokenSubject = staff) {
  return gateway.request<{ applyTierReview: ReviewData }, typeof variables>(
    `mutation ($half: String!, $asOf: Date, $key: String) { applyTierReview(half: $half, asOf: $asOf, idempotencyKey: $key) { ${reviewFields} } }`,
    { as, variables },
  );
}

const move = (memberId: string, from: string, to: string, reason: string, valueScore: number, threshold: number) => ({
  node: { member: { id: memberId }, from: { id: from }, to: { id: to }, reason, valueScore, threshold },
});

/**
 * What the review of 2026-H1 as of its last day does to the members above.
 * The others stay: the newcomer's Gold was given during the half year, the
 * late member was admitted after its last day, Bronze has no keep threshold,
 * and the steady member's 900 keep Silver (only facts inside the window count).
 */
const expectedMoves = [
  // 9000 reaches Platinum's entry (8000): promoted past Silver and Gold at once.
  move(climber, 'bronze', 'platinum', 'REVIEW_PROMOTION', 9000, 8000),
  move(stepper, 'silver', 'gold', 'REVIEW_PROMOTION', 3100, 3000),
  // 100 is below Silver's keep threshold too, but a review demotes one step.
  move(slider, 'gold', 'silver', 'REVIEW_DEMOTION', 100, 2500),
  move(lapsed, 'silver', 'bronze', 'REVIEW_DEMOTION', 0, 800),
];

describe('Query.tierReviewPreview', () => {
  it('lists who would move, from which tier to which, with the score and the threshold that decided it', async () => {
    const response = await preview({ half: '2026-H1' });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      tierReviewPreview: {
        half: '2026-H1',
        asOf: '2026-06-30',
        applied: false,
        appliedAt: null,
        promotions: 2,
        demotions: 2,
        moves: { totalCount: 4, edges: expectedMoves },
      },
    });
    // A preview changes nothing.
    expect(await rowsOf(sql`select count(*)::int as n from loyalty.tier_changes where review_half is not null`)).toEqual([{ n: 0 }]);
  });

  it('takes the scores as of the day given, within the half year', async () => {
    // As of 2026-03-01 the facts of 2026-03-15 are not in yet, and the window
    // (from 2025-03-02) takes in the steady member's referrals of 2025-06-30.
    const response = await preview({ half: '2026-H1', asOf: '2026-03-01' });
    expect(response.data!.tierReviewPreview).toMatchObject({
      asOf: '2026-03-01',
      promotions: 1,
      demotions: 4,
      moves: {
        totalCount: 5,
        edges: [
          move(stepper, 'silver', 'bronze', 'REVIEW_DEMOTION', 0, 800),
          move(slider, 'gold', 'silver', 'REVIEW_DEMOTION', 0, 2500),
          move(steady, 'silver', 'gold', 'REVIEW_PROMOTION', 3000, 3000),
          move(lapsed, 'silver', 'bronze', 'REVIEW_DEMOTION', 0, 800),
          // Not churned yet on 2026-03-01: reviewed like the others.
          move(churned, 'silver', 'bronze', 'REVIEW_DEMOTION', 0, 800),
        ],
      },
    });
  });

  it('leaves out members churned by the end of its day and reviews LAPSED and SUSPENDED ones', async () => {
    expect(await rowsOf(sql`select member_id, status from loyalty.member_statuses order by member_id`)).toEqual([
      { member_id: slider, status: 'SUSPENDED' },
      { member_id: lapsed, status: 'LAPSED' },
      { member_id: churned, status: 'CHURNED' },
    ]);
    const edgesAsOf = async (asOf: string) =>
      (await preview({ half: '2026-H1', asOf })).data!.tierReviewPreview.moves.edges.map((edge) => edge.node.member);
    // Churned at the start of 2026-03-11: reviewed as of the day before, not as of that day.
    expect(await edgesAsOf('2026-03-10')).toContainEqual({ id: churned });
    expect(await edgesAsOf('2026-03-11')).not.toContainEqual({ id: churned });
    // As of the half year's last day the suspended slider and the lapsed member are demoted, the churned member left alone.
    expect((await edgesAsOf('2026-06-30')).map((node) => (node as { id: string }).id)).toEqual([climber, stepper, slider, lapsed]);
  });

  it('pages through the moves by cursor', async () => {
    const first = await gateway.request<{ tierReviewPreview: { moves: { edges: { cursor: string; node: { member: { id: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } }, Record<string, unknown>>(
      `query ($after: String) { tierReviewPreview(half: "2026-H1") { moves(first: 3, after: $after) { edges { cursor node { member { id } } } pageInfo { hasNextPage endCursor } } } }`,
      { as: staff, variables: {} },
    );
    const page = first.data!.tierReviewPreview.moves;
    expect(page.edges.map((edge) => edge.node.member.id)).toEqual([climber, stepper, slider]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await gateway.request<typeof first.data, Record<string, unknown>>(
      `query ($after: String) { tierReviewPreview(half: "2026-H1") { moves(first: 3, after: $after) { edges { node { member { id } } } pageInfo { hasNextPage } } } }`,
      { as: staff, variables: { after: page.pageInfo.endCursor } },
    );
    expect(second.data!.tierReviewPreview.moves).toEqual({ edges: [{ node: { member: { id: lapsed } } }], pageInfo: { hasNextPage: false } });
  });

  it('refuses a malformed half year, a day outside it or not yet begun, and anyone but staff', async () => {
    const error = (message: string, argument: string) => ({
      message,
      path: ['tierReviewPreview'],
      extensions: { code: 'BAD_USER_INPUT', argument, serviceName: 'loyalty' },
    });
    expect((await preview({ half: '2026-H3' })).errors).toEqual([error('Argument "half" must be a half year such as "2026-H2"; got "2026-H3".', 'half')]);
    expect((await preview({ half: '2026-H1', asOf: '2026-07-01' })).errors).toEqual([
      error('Argument "asOf" must fall within 2026-H1 (2026-01-01 to 2026-06-30); got 2026-07-01.', 'asOf'),
    ]);
    const future = await preview({ half: '2099-H1' });
    expect(future.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'asOf', serviceName: 'loyalty' });
    expect(future.errors?.[0]?.message).toMatch(/^2099-H1 has not ended \(its last day is 2099-06-30\); give "asOf", a day of it up to today \(\d{4}-\d{2}-\d{2} in China\), to review it so far\.$/);
    const futureDay = await preview({ half: '2099-H1', asOf: '2099-06-30' });
    expect(futureDay.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'asOf', serviceName: 'loyalty' });
    expect(futureDay.errors?.[0]?.message).toMatch(/^Argument "asOf" must not be after today \(\d{4}-\d{2}-\d{2} in China\); got 2099-06-30\.$/);

    const forbidden = await preview({ half: '2026-H1' }, { role: 'member', memberId: climber });
    expect(forbidden.errors).toEqual([
      {
        message: 'Only staff may read Query.tierReviewPreview.',
        path: ['tierReviewPreview'],
        extensions: { code: 'FORBIDDEN', field: 'Query.tierReviewPreview', reason: 'STAFF_ONLY', serviceName: 'loyalty' },
      },
    ]);
  });
});

describe('Mutation.applyTierReview', () => {
  it('makes exactly the moves the preview showed, with a TierChange and TierChanged for each', async () => {
    const previewed = (await preview({ half: '2026-H1' })).data!.tierReviewPreview;
    const response = await apply({ half: '2026-H1' });
    expect(response.errors).toBeUndefined();
    const applied = response.data!.applyTierReview;
    expect(applied).toEqual({ ...previewed, applied: true, appliedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as unknown as string });

    const history = await gateway.request<{ member: { tier: { id: string }; tierHistory: unknown[] } }, { id: string }>(
      'query ($id: ID!) { member(id: $id) { tier { id } tierHistory { from { id } to { id } reason effectiveOn valueScore threshold half } } }',
      { as: staff, variables: { id: slider } },
    );
    expect(history.data!.member).toEqual({
      tier: { id: 'silver' },
      tierHistory: [
        { from: { id: 'gold' }, to: { id: 'silver' }, reason: 'REVIEW_DEMOTION', effectiveOn: '2026-06-30', valueScore: 100, threshold: 2500, half: '2026-H1' },
        { from: { id: 'bronze' }, to: { id: 'gold' }, reason: 'REVIEW_PROMOTION', effectiveOn: '2025-06-30', valueScore: null, threshold: null, half: null },
        { from: null, to: { id: 'bronze' }, reason: 'ADMISSION', effectiveOn: '2025-01-05', valueScore: null, threshold: null, half: null },
      ],
    });

    expect(
      await rowsOf(sql`select payload from bus.domain_events where type = 'loyalty.TierChanged' order by payload->>'memberId'`),
    ).toEqual([
      { payload: { memberId: climber, fromTier: 'bronze', toTier: 'platinum', reason: 'REVIEW_PROMOTION', effectiveOn: '2026-06-30' } },
      { payload: { memberId: stepper, fromTier: 'silver', toTier: 'gold', reason: 'REVIEW_PROMOTION', effectiveOn: '2026-06-30' } },
      { payload: { memberId: slider, fromTier: 'gold', toTier: 'silver', reason: 'REVIEW_DEMOTION', effectiveOn: '2026-06-30' } },
      { payload: { memberId: lapsed, fromTier: 'silver', toTier: 'bronze', reason: 'REVIEW_DEMOTION', effectiveOn: '2026-06-30' } },
    ]);
    await gateway.events.drain();
    expect(await rowsOf(sql`select member_id, tier_id from benefits.member_tiers order by member_id`)).toEqual([
      { member_id: climber, tier_id: 'platinum' },
      { member_id: stepper, tier_id: 'gold' },
      { member_id: slider, tier_id: 'silver' },
      { member_id: lapsed, tier_id: 'bronze' },
    ]);
  });

  it('changes nothing when applied again, answering the first application', async () => {
    const first = (await gateway.request<{ tierReview: ReviewData }, Record<string, never>>(`{ tierReview(half: "2026-H1") { ${reviewFields} } }`, { as: staff })).data!.tierReview;
    const again = await apply({ half: '2026-H1', asOf: '2026-05-31' });
    expect(again.errors).toBeUndefined();
    expect(again.data!.applyTierReview).toEqual(first);
    expect(first.asOf).toBe('2026-06-30');
    expect(await rowsOf(sql`select count(*)::int as n from loyalty.tier_changes where review_half = '2026-H1'`)).toEqual([{ n: 4 }]);
    expect(await rowsOf(sql`select count(*)::int as n from bus.domain_events where type = 'loyalty.TierChanged'`)).toEqual([{ n: 4 }]);
    // The preview of an applied half year is the applied review.
    expect((await preview({ half: '2026-H1' })).data!.tierReviewPreview).toEqual(first);
  });

  it('refuses a half year before the latest one applied', async () => {
    const response = await apply({ half: '2025-H2' });
    expect(response.errors).toEqual([
      {
        message: 'The tier review of 2026-H1 is applied already; 2025-H2 comes before it.',
        path: ['applyTierReview'],
        extensions: { code: 'CONFLICT', reason: 'LATER_REVIEW_APPLIED', serviceName: 'loyalty' },
      },
    ]);
  });

  it('is for staff only', async () => {
    const response = await apply({ half: '2026-H2' }, { role: 'member', memberId: climber });
    expect(response.errors).toEqual([
      {
        message: 'Only staff may use Mutation.applyTierReview.',
        path: ['applyTierReview'],
        extensions: { code: 'FORBIDDEN', field: 'Mutation.applyTierReview', reason: 'STAFF_ONLY', serviceName: 'loyalty' },
      },
    ]);
  });
});

describe('Query.tierReviews', () => {
  it('lists the applied reviews, the latest first', async () => {
    const response = await gateway.request('{ tierReviews { half asOf applied promotions demotions } }', { as: staff });
    expect(response.data).toEqual({ tierReviews: [{ half: '2026-H1', asOf: '2026-06-30', applied: true, promotions: 2, demotions: 2 }] });
    expect((await gateway.request('{ tierReview(half: "2025-H2") { half } }', { as: staff })).data).toEqual({ tierReview: null });
  });
});

describe('Mutation.setMemberTier', () => {
  const setTier = (variables: Record<string, unknown>, as: TokenSubject = staff) =>
    gateway.request<{ setMemberTier: Record<string, unknown> }, Record<string, unknown>>(
      `mutation ($memberId: ID!, $tierId: ID!, $reason: String!, $key: String) {
        setMemberTier(memberId: $memberId, tierId: $tierId, reason: $reason, idempotencyKey: $key) { from { id } to { id } reason effectiveOn note half }
      }`,
      { as, variables: { reason: 'Founding member of the Xi\'an chapter', ...variables } },
    );
  const chinaToday = () => new Date(Date.now() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);

  it('records a staff decision with its reason, effective today, and TierChanged', async () => {
    const response = await setTier({ memberId: steady, tierId: 'diamond', key: 'set-tier-0001' });
    expect(response.errors).toBeUndefined();
    const change = { from: { id: 'silver' }, to: { id: 'diamond' }, reason: 'STAFF_DECISION', effectiveOn: chinaToday(), note: 'Founding member of the Xi\'an chapter', half: null };
    expect(response.data).toEqual({ setMemberTier: change });
    expect((await setTier({ memberId: steady, tierId: 'diamond', key: 'set-tier-0001' })).data).toEqual({ setMemberTier: change });
    expect(await rowsOf(sql`select payload->>'toTier' as tier, payload->>'reason' as reason from bus.domain_events where type = 'loyalty.TierChanged' and payload->>'memberId' = ${steady}`)).toEqual([
      { tier: 'diamond', reason: 'STAFF_DECISION' },
    ]);
  });

  it('refuses the tier held already, an unknown tier or member, an empty reason and anyone but staff', async () => {
    const error = (message: string, extensions: Record<string, unknown>) => [{ message, path: ['setMemberTier'], extensions: { ...extensions, serviceName: 'loyalty' } }];
    expect((await setTier({ memberId: steady, tierId: 'diamond' })).errors).toEqual(error(`Member ${steady} holds tier diamond already.`, { code: 'CONFLICT', reason: 'SAME_TIER' }));
    expect((await setTier({ memberId: steady, tierId: 'titanium' })).errors).toEqual(error('No tier has id "titanium".', { code: 'NOT_FOUND', argument: 'tierId' }));
    expect((await setTier({ memberId: fixtureUuid(899), tierId: 'gold' })).errors).toEqual(
      error(`No member with a standing has id "${fixtureUuid(899)}".`, { code: 'NOT_FOUND', argument: 'memberId' }),
    );
    expect((await setTier({ memberId: steady, tierId: 'gold', reason: ' ' })).errors).toEqual(
      error('Argument "reason" must be 1 to 200 characters; got 0.', { code: 'BAD_USER_INPUT', argument: 'reason' }),
    );
    expect((await setTier({ memberId: steady, tierId: 'gold' }, { role: 'member', memberId: steady })).errors).toEqual(
      error('Only staff may use Mutation.setMemberTier.', { code: 'FORBIDDEN', field: 'Mutation.setMemberTier', reason: 'STAFF_ONLY' }),
    );
  });
});

describe('Mutation.applyTierReview once a later half year is applied', () => {
  it('still answers an applied half year with its first application', async () => {
    const first = (await gateway.request<{ tierReview: ReviewData }, Record<string, never>>(`{ tierReview(half: "2026-H1") { ${reviewFields} } }`, { as: staff })).data!.tierReview;
    expect((await apply({ half: '2026-H2', asOf: '2026-12-01' })).errors).toBeUndefined();

    const again = await apply({ half: '2026-H1' });

    expect(again.errors).toBeUndefined();
    expect(again.data!.applyTierReview).toEqual(first);
    expect(await rowsOf(sql`select count(*)::int as n from loyalty.tier_changes where review_half = '2026-H1'`)).toEqual([{ n: 4 }]);
  });
});
