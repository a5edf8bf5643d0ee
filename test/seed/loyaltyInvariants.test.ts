import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { sumScoreComponents } from '../../src/loyalty/data/scoreQueries.js';
import { listTiers } from '../../src/loyalty/data/tierQueries.js';
import { admissionTier, reviewDecision, reviewInstant, toHalfYear } from '../../src/loyalty/rules/tierReview.js';
import { noScoreComponents, scoreWindow, valueScoreOf } from '../../src/loyalty/rules/valueScore.js';
import { seedClub } from '../../src/seed/seedClub.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

// The seeded club checked against the loyalty subgraph's own rules and
// queries: the seed plays out members' histories by src/loyalty/rules, and
// what it wrote must be what the subgraph would have done.
const members = 500;
let database: TestDatabase;
let gateway: TestGateway;
const staff: TokenSubject = { role: 'staff', subject: 's1' };

beforeAll(async () => {
  database = await openTestDatabase();
  await seedClub(database.handle, { members, seed: 2026, asOfDate: '2026-12-01' });
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

describe('the seeded points ledgers', () => {
  it('give every member the balance the graph reports, the sum of the ledger, never below zero at any moment', async () => {
    const response = await gateway.request<{ members: { edges: { node: { id: string; pointsBalance: number } }[] } }, Record<string, never>>(
      '{ members(first: 500) { edges { node { id pointsBalance } } } }',
      { as: staff },
    );
    expect(response.errors).toBeUndefined();
    const reported = new Map(response.data!.members.edges.map(({ node }) => [node.id, node.pointsBalance]));
    expect(reported.size).toBe(members);

    const ledgers = await rowsOf<{ id: string; balance: number; lowest: number }>(sql`
      select m.id, coalesce(sum(e.points), 0)::int as balance, coalesce(min(e.running), 0)::int as lowest
      from members.members m
      left join (select member_id, points, sum(points) over (partition by member_id order by occurred_at, id) as running
                 from loyalty.points_entries) e on e.member_id = m.id
      group by m.id`);
    expect(ledgers.filter((ledger) => ledger.lowest < 0)).toEqual([]);
    expect(new Map(ledgers.map((ledger) => [ledger.id, ledger.balance]))).toEqual(reported);
    expect(ledgers.filter((ledger) => ledger.balance > 0).length).toBeGreaterThan(members / 2);
  });

  it('keep every charge other subgraphs asked for with the entry that took it and any refund', async () => {
    expect(await rowsOf(sql`
      select c.reference from loyalty.points_charges c
      join loyalty.points_entries e on e.id = c.entry_id
      left join loyalty.points_entries r on r.id = c.refund_entry_id
      where e.points <> -c.points or e.member_id <> c.member_id
         or (c.refund_entry_id is null) <> (c.refunded_points is null)
         or (r.id is not null and (r.kind <> 'REFUND' or r.points <> c.refunded_points or c.refunded_points > c.points))`)).toEqual([]);
    // Each charge names what it paid for in the subgraph that asked.
    expect(await rowsOf(sql`
      select c.reference from loyalty.points_charges c
      where not exists (select 1 from benefits.redemptions d where c.reference = 'redemption:' || d.id and d.member_id = c.member_id and d.points_cost = c.points)
        and not exists (select 1 from benefits.service_orders o where c.reference = 'service-order:' || o.id and o.member_id = c.member_id)
        and not exists (select 1 from events.registrations r where c.reference = 'registration:' || r.id and r.member_id = c.member_id)`)).toEqual([]);
    const requesters = await rowsOf<{ requested_by: string }>(sql`select requested_by from loyalty.points_charges group by requested_by order by requested_by`);
    expect(requesters).toEqual([{ requested_by: 'benefits' }, { requested_by: 'events' }]);
  });

  it('leave nothing for the points expiry to book as of its last seeded run', async () => {
    const response = await gateway.request('mutation { expirePoints(asOf: "2026-11-01") { members points } }', { as: staff });
    expect(response.data).toEqual({ expirePoints: { members: 0, points: 0 } });
    expect(await rowsOf(sql`select count(*)::int as n from loyalty.points_entries where kind = 'EXPIRE'`)).not.toEqual([{ n: 0 }]);
  });
});

describe('the seeded value score facts', () => {
  it('are the check-ins, paid service orders and referrals of admitted members', async () => {
    expect(await rowsOf(sql`
      select f.source from loyalty.score_facts f
      where not case f.kind
        when 'ATTENDANCE' then exists (select 1 from events.registrations r
          where f.source = 'registration:' || r.id and r.member_id = f.member_id and r.checked_in_at = f.occurred_at)
        when 'SPEND' then exists (select 1 from benefits.service_orders o
          where f.source = 'service-order:' || o.id and o.member_id = f.member_id and o.amount_minor = f.amount and o.status <> 'CANCELLED')
        else exists (select 1 from members.members m
          where f.source = 'member:' || m.id and m.referrer_id = f.member_id and m.joined_on is not null)
      end`)).toEqual([]);
    expect(await rowsOf(sql`
      select r.id from events.registrations r
      where r.checked_in_at is not null and not exists (select 1 from loyalty.score_facts f where f.source = 'registration:' || r.id)`)).toEqual([]);
  });
});

describe('the seeded tiers', () => {
  it('follow from each member\'s tier history, admission first, each change from the tier before', async () => {
    expect(await rowsOf(sql`
      select member_id from (
        select member_id, reason, from_tier_id, to_tier_id,
               lag(to_tier_id) over (partition by member_id order by effective_on, recorded_at) as previous,
               row_number() over (partition by member_id order by effective_on, recorded_at) as n,
               last_value(to_tier_id) over (partition by member_id order by effective_on, recorded_at
                                            rows between unbounded preceding and unbounded following) as latest
        from loyalty.tier_changes) c
      full join loyalty.member_standings s using (member_id)
      where s.member_id is null or c.member_id is null
         or (n = 1) <> (reason = 'ADMISSION') or from_tier_id is distinct from previous or latest <> s.tier_id`)).toEqual([]);
  });

  it('are what admission and the half-year reviews give by the loyalty rules, review after review', async () => {
    const db = database.handle.db;
    const tiers = await listTiers(db);
    const reviews = await rowsOf<{ half: string; as_of: string }>(sql`select half, as_of::text from loyalty.tier_reviews order by half`);
    // The seeded history starts on 2023-12-01: six half years ended since.
    expect(reviews.map((review) => review.half)).toEqual(['2023-H2', '2024-H1', '2024-H2', '2025-H1', '2025-H2', '2026-H1']);

    // Admission: the lowest tier of the first term's fee plan.
    const admissions = await rowsOf<{ member_id: string; to_tier_id: string; effective_on: string; fee_plan_id: string }>(sql`
      select c.member_id, c.to_tier_id, c.effective_on::text, (
        select t.fee_plan_id from members.membership_terms t where t.member_id = c.member_id order by t.starts_on limit 1) as fee_plan_id
      from loyalty.tier_changes c where c.reason = 'ADMISSION'`);
    expect(admissions.length).toBeGreaterThan(members * 0.8);
    expect(admissions.filter((row) => admissionTier(tiers, row.fee_plan_id).id !== row.to_tier_id)).toEqual([]);
    const held = new Map(admissions.map((row) => [row.member_id, { tierId: row.to_tier_id, since: row.effective_on, placedOn: row.effective_on }]));

    // Members who churned, and when: a review leaves them out from then on.
    const churns = await rowsOf<{ member_id: string; at: string }>(sql`
      select member_id, to_char(effective_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at
      from loyalty.member_statuses where status = 'CHURNED'`);
    expect(churns.length).toBeGreaterThan(members * 0.1);
    const churnedAt = new Map(churns.map((row) => [row.member_id, Date.parse(row.at)]));

    // Each review, replayed on the production score query.
    const moved = { REVIEW_PROMOTION: 0, REVIEW_DEMOTION: 0 };
    for (const review of reviews) {
      const half = toHalfYear(review.half)!;
      const scores = new Map(
        (await sumScoreComponents(db, { memberIds: null, window: scoreWindow(review.as_of) })).map((row) => [row.memberId, valueScoreOf(row)]),
      );
      const expected: Record<string, unknown>[] = [];
      for (const [memberId, standing] of [...held].sort(([a], [b]) => a.localeCompare(b))) {
        if (standing.placedOn > review.as_of) continue;
        if ((churnedAt.get(memberId) ?? Infinity) < reviewInstant(review.as_of)) continue;
        const valueScore = scores.get(memberId) ?? valueScoreOf(noScoreComponents);
        const decision = reviewDecision(tiers, standing.tierId, valueScore, { demotable: standing.since < half.firstDay });
        if (!decision) continue;
        expected.push({ member_id: memberId, from_tier_id: standing.tierId, to_tier_id: decision.toTierId, reason: decision.reason, value_score: valueScore, threshold: decision.threshold });
        moved[decision.reason]++;
        held.set(memberId, { ...standing, tierId: decision.toTierId, since: review.as_of });
      }
      const seeded = await rowsOf(sql`
        select member_id, from_tier_id, to_tier_id, reason, value_score, threshold from loyalty.tier_changes
        where review_half = ${review.half} and effective_on = ${review.as_of}::date order by member_id`);
      expect(seeded, review.half).toEqual(expected);
    }
    expect(moved.REVIEW_PROMOTION).toBeGreaterThan(50);
    expect(moved.REVIEW_DEMOTION).toBeGreaterThan(10);
    expect(await rowsOf(sql`select count(*)::int as n from loyalty.tier_changes where review_half is null and reason <> 'ADMISSION'`)).toEqual([{ n: 0 }]);

    const standings = await rowsOf<{ member_id: string; tier_id: string }>(sql`select member_id, tier_id from loyalty.member_standings`);
    expect(new Map(standings.map((row) => [row.member_id, row.tier_id]))).toEqual(new Map([...held].map(([id, standing]) => [id, standing.tierId])));
  });

  it('change nothing when a seeded review is applied again, and the next review\'s preview is what applying it does', async () => {
    const again = await gateway.request<{ applyTierReview: { applied: boolean; appliedAt: string } }, Record<string, never>>(
      'mutation { applyTierReview(half: "2026-H1") { applied appliedAt } }',
      { as: staff },
    );
    expect(again.data).toEqual({ applyTierReview: { applied: true, appliedAt: '2026-06-30T16:00:00.000Z' } });

    const fields = 'promotions demotions moves(first: 500) { totalCount edges { node { member { id } from { id } to { id } reason valueScore threshold } } }';
    const preview = await gateway.request<{ tierReviewPreview: Record<string, unknown> }, Record<string, never>>(
      `{ tierReviewPreview(half: "2026-H2", asOf: "2026-12-01") { applied ${fields} } }`,
      { as: staff },
    );
    expect(preview.errors).toBeUndefined();
    const applied = await gateway.request<{ applyTierReview: Record<string, unknown> }, Record<string, never>>(
      `mutation { applyTierReview(half: "2026-H2", asOf: "2026-12-01") { applied ${fields} } }`,
      { as: staff },
    );
    expect(applied.data!.applyTierReview).toEqual({ ...preview.data!.tierReviewPreview, applied: true });
    expect(preview.data!.tierReviewPreview).toMatchObject({ applied: false, moves: { totalCount: expect.any(Number) as unknown as number } });
    expect((preview.data!.tierReviewPreview.moves as { totalCount: number }).totalCount).toBeGreaterThan(0);
  });
});
