import { Writable } from 'node:stream';
import { sql, type SQL } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PhoneNumberScalar } from '../../src/core/phoneNumberScalar.js';
import { runLifecycleJob } from '../../src/members/commands/runLifecycleJob.js';
import { gracePeriodDays, lapseToChurnDays } from '../../src/members/lifecycle/policy.js';
import { isAllowedTransition, type MemberStatus } from '../../src/members/lifecycle/transitions.js';
import { chapterCatalogue } from '../../src/seed/catalogue/chapters.js';
import { seedIfEmpty } from '../../src/seed/seedIfEmpty.js';
import { eventCount } from '../../src/seed/settings.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';

const members = 500;
const asOfDate = '2026-12-01';

let database: TestDatabase;
const logged: { msg: string }[] = [];

/** Rows of a query, with numbers as numbers (count() comes back as text on some drivers). */
async function rows<T extends Record<string, unknown>>(query: SQL): Promise<T[]> {
  const result = (await database.handle.db.execute(query)) as unknown as { rows?: T[] } | T[];
  const list = Array.isArray(result) ? result : (result.rows ?? []);
  return list.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value])),
  ) as T[];
}

beforeAll(async () => {
  database = await openTestDatabase();
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logged.push(JSON.parse(String(chunk)) as { msg: string });
      done();
    },
  });
  const logger = pino({ level: 'info' }, stream);
  await seedIfEmpty(database.handle, { members, seed: 2026, asOfDate, logger });
  await seedIfEmpty(database.handle, { members, seed: 2026, asOfDate, logger });
});

afterAll(async () => {
  await database?.close();
});

describe('seedIfEmpty', () => {
  it('seeds an empty database once and leaves a seeded one alone', async () => {
    expect(logged.map((line) => line.msg)).toEqual([
      'seeding an empty database',
      expect.stringMatching(/^seeded a club of 500 members in \d+\.\d s$/),
      'the database already holds a club; not seeding',
    ]);
    expect(await rows(sql`select count(*) as n from members.members`)).toEqual([{ n: members }]);
  });
});

describe('the seeded reference data', () => {
  it('has the five regions in order and the twenty chapters', async () => {
    expect(await rows(sql`select id, code from chapters.regions order by position`)).toEqual([
      { id: 'east', code: 'EAST' },
      { id: 'south', code: 'SOUTH' },
      { id: 'north', code: 'NORTH' },
      { id: 'west', code: 'WEST' },
      { id: 'central', code: 'CENTRAL' },
    ]);
    const chapters = await rows<{ id: string }>(sql`select id from chapters.chapters order by id`);
    expect(chapters.map((chapter) => chapter.id)).toEqual(chapterCatalogue.map((chapter) => chapter.id).sort());
    expect(chapters.length).toBeGreaterThanOrEqual(12);
    expect(chapters.map((chapter) => chapter.id)).toEqual(expect.arrayContaining(['shanghai', 'hangzhou', 'shenzhen', 'beijing', 'chengdu', 'wuhan', 'xian']));
  });

  it('has five tiers with rising thresholds, each keep threshold below its entry, on three fee plans', async () => {
    const tiers = await rows<{ id: string; entry: number; keep: number; plan: string }>(
      sql`select id, entry_threshold as entry, keep_threshold as keep, fee_plan_id as plan from loyalty.tiers order by rank`,
    );
    expect(tiers.map((tier) => [tier.id, tier.plan])).toEqual([
      ['bronze', 'standard'],
      ['silver', 'standard'],
      ['gold', 'premium'],
      ['platinum', 'premium'],
      ['diamond', 'flagship'],
    ]);
    tiers.slice(1).forEach((tier, i) => {
      expect(tier.entry).toBeGreaterThan(tiers[i]!.entry);
      expect(tier.keep).toBeGreaterThan(tiers[i]!.keep);
      expect(tier.keep).toBeLessThan(tier.entry);
    });
    expect(await rows(sql`select id, annual_dues_minor as dues, currency from loyalty.fee_plans order by annual_dues_minor`)).toEqual([
      { id: 'standard', dues: 198_000, currency: 'CNY' },
      { id: 'premium', dues: 498_000, currency: 'CNY' },
      { id: 'flagship', dues: 1_280_000, currency: 'CNY' },
    ]);
  });

  it('has benefits in all three layers and a matrix that gives higher tiers more', async () => {
    expect(await rows(sql`select layer, count(*) as n from benefits.benefits group by layer order by layer`)).toEqual([
      { layer: 'BASIC', n: 6 },
      { layer: 'VALUE_ADDED', n: 9 },
      { layer: 'EXCLUSIVE', n: 5 },
    ]);
    const perTier = await rows<{ tier: string; n: number }>(
      sql`select t.id as tier, count(*) as n from benefits.tier_benefits b join loyalty.tiers t on t.id = b.tier_id group by t.id, t.rank order by t.rank`,
    );
    expect(perTier.map((row) => row.tier)).toEqual(['bronze', 'silver', 'gold', 'platinum', 'diamond']);
    perTier.slice(1).forEach((row, i) => expect(row.n).toBeGreaterThan(perTier[i]!.n));
    expect(await rows(sql`select kind from benefits.services group by kind order by kind::text`)).toEqual(
      ['CONCIERGE', 'DETAILING', 'DRIVER_TRAINING', 'INSURANCE', 'MODIFICATION', 'TRAVEL'].map((kind) => ({ kind })),
    );
  });

  it('has at least 200 events of every kind, chapter and national, at home and abroad', async () => {
    expect(await rows(sql`select count(*) as n from events.events`)).toEqual([{ n: eventCount(members) }]);
    expect(eventCount(members)).toBeGreaterThanOrEqual(200);
    const kinds = await rows<{ kind: string }>(sql`select kind from events.events group by kind order by kind::text`);
    expect(kinds.map((row) => row.kind)).toEqual(['CHARITY_DRIVE', 'NEW_MODEL_LAUNCH', 'ONLINE', 'ROAD_TRIP', 'SALON', 'TRACK_DAY']);
    const [scope] = await rows<{ national: number; chapter: number; abroad: number; shanghai: number; total: number }>(sql`
      select count(*) filter (where chapter_id is null) as national, count(*) filter (where chapter_id is not null) as chapter,
             count(*) filter (where time_zone <> 'Asia/Shanghai') as abroad, count(*) filter (where time_zone = 'Asia/Shanghai') as shanghai,
             count(*) as total
      from events.events`);
    expect(scope!.national).toBeGreaterThan(0);
    expect(scope!.chapter).toBeGreaterThan(scope!.national);
    expect(scope!.abroad).toBeGreaterThan(0);
    expect(scope!.shanghai / scope!.total).toBeGreaterThan(0.9);
    expect(await rows(sql`
      select id from events.events
      where (kind = 'ONLINE') <> (venue_name is null) or ends_at <= starts_at or (fee_minor is not null and points_price is not null)`)).toEqual([]);
  });

  it('has at least 50 partners of every kind, sponsorships of every level, and offers wired to the benefits they became', async () => {
    const kinds = await rows<{ kind: string; n: number; local: number }>(
      sql`select kind, count(*) as n, count(chapter_id) as local from partners.partners group by kind order by kind`,
    );
    expect(kinds.map((row) => row.kind)).toEqual(['CAR_MAKER', 'LUXURY_BRAND', 'FINANCIAL', 'TRAVEL_HOSPITALITY', 'LOCAL_SERVICE']);
    expect(kinds.reduce((sum, row) => sum + row.n, 0)).toBe(66);
    for (const row of kinds) expect(row.local).toBe(row.kind === 'LOCAL_SERVICE' ? row.n : 0);
    expect(await rows(sql`select level from partners.sponsorships group by level order by level`)).toEqual([
      { level: 'TITLE' },
      { level: 'PLATINUM' },
      { level: 'GOLD' },
    ]);
    const [shares] = await rows<{ n: number }>(sql`select count(*) as n from partners.sponsorships where revenue_share_percent is not null`);
    expect(shares!.n).toBeGreaterThan(0);
    expect(await rows(sql`
      select b.id from benefits.benefits b
      where b.provider_partner_id is not null
        and not exists (select 1 from partners.offers o where o.benefit_id = b.id and o.partner_id = b.provider_partner_id)
      union all
      select o.id from partners.offers o join benefits.benefits b on b.id = o.benefit_id
      where b.provider_partner_id is distinct from o.partner_id`)).toEqual([]);
  });
});

describe('the seeded members', () => {
  it('live in their home chapter\'s city, drive cars with plates of that city, and were referred by earlier members', async () => {
    expect(await rows(sql`select m.id from members.members m join chapters.chapters c on c.id = m.home_chapter_id where m.city <> c.city`)).toEqual([]);
    const cars = await rows<{ chapter: string; plate: string; powertrain: string }>(sql`
      select m.home_chapter_id as chapter, c.plate, c.powertrain from members.cars c join members.members m on m.id = c.member_id where c.plate is not null`);
    expect(cars.length).toBeGreaterThan(members);
    for (const car of cars) {
      const prefixes = chapterCatalogue.find((chapter) => chapter.id === car.chapter)!.platePrefixes;
      const [prefix, body] = car.plate.split('·');
      expect(prefixes).toContain(prefix);
      expect(body).toMatch(car.powertrain === 'PETROL' ? /^[A-HJ-NP-Z0-9]{5}$/ : car.powertrain === 'EV' ? /^D[A-HJ-NP-Z0-9]\d{4}$/ : /^F[A-HJ-NP-Z0-9]\d{4}$/);
    }
    expect(await rows(sql`
      select m.id from members.members m join members.members r on r.id = m.referrer_id
      where r.joined_on is null or r.member_number >= m.member_number or r.joined_on >= m.reached_at::date`)).toEqual([]);
  });

  it('have phone numbers the PhoneNumber scalar takes as they are: valid, in E.164 form', async () => {
    const phones = await rows<{ phone: string }>(sql`select phone from members.members where phone is not null`);
    expect(phones.length).toBeGreaterThan(members * 0.9);
    expect(phones.filter(({ phone }) => PhoneNumberScalar.parseValue(phone) !== phone)).toEqual([]);
  });

  it('belong to the chapters the members subgraph copies, which are every chapter and no other', async () => {
    expect(await rows(sql`
      select c.id, k.chapter_id from chapters.chapters c full join members.known_chapters k on k.chapter_id = c.id
      where c.id is null or k.chapter_id is null`)).toEqual([]);
    expect(await rows(sql`select count(*) as n from members.known_chapters`)).toEqual([{ n: chapterCatalogue.length }]);
    expect(await rows(sql`
      select m.id from members.members m
      where not exists (select 1 from members.known_chapters k where k.chapter_id = m.home_chapter_id)`)).toEqual([]);
  });

  it('drive cars whose plates no other car has', async () => {
    expect(await rows(sql`select plate from members.cars where plate is not null group by plate having count(*) > 1`)).toEqual([]);
  });

  it('have a status that follows from their terms and status changes', async () => {
    // Every ACTIVE member holds a paid, open term covering the as-of date.
    expect(await rows(sql`
      select m.id from members.members m
      where m.status = 'ACTIVE' and not exists (
        select 1 from members.membership_terms t
        where t.member_id = m.id and t.outcome = 'OPEN' and t.dues_paid_at is not null
          and t.starts_on <= ${asOfDate} and t.ends_on >= ${asOfDate})`)).toEqual([]);
    // The status is the last status change; prospects have no terms.
    expect(await rows(sql`
      select m.id from members.members m
      where m.status is distinct from (
        select c.to_status from members.status_changes c where c.member_id = m.id order by c.effective_at desc, c.sequence desc limit 1)
      or (m.status = 'PROSPECT') <> not exists (select 1 from members.membership_terms t where t.member_id = m.id)
      or (m.status = 'PROSPECT') <> (m.joined_on is null)`)).toEqual([]);
    // Each change starts from where the previous one ended.
    expect(await rows(sql`
      select id from (
        select id, from_status, lag(to_status) over (partition by member_id order by effective_at, sequence) as previous
        from members.status_changes) c
      where from_status is distinct from previous`)).toEqual([]);
    const statuses = await rows<{ status: string }>(sql`select status from members.members group by status order by status`);
    expect(statuses.map((row) => row.status)).toEqual(expect.arrayContaining(['PROSPECT', 'ACTIVE', 'LAPSED', 'CHURNED']));
  });

  it('churn between 15% and 35% a year', async () => {
    for (const [from, until] of [
      ['2024-12-01', '2025-12-01'],
      ['2025-12-01', '2026-12-01'],
    ]) {
      const [year] = await rows<{ active: number; churned: number }>(sql`
        with last_status as (
          select distinct on (member_id) member_id, to_status from members.status_changes
          where effective_at < (${from}::date - interval '8 hours') order by member_id, effective_at desc)
        select (select count(*) from last_status where to_status = 'ACTIVE') as active,
               (select count(distinct member_id) from members.status_changes
                where to_status = 'CHURNED' and effective_at >= (${from}::date - interval '8 hours')
                  and effective_at < (${until}::date - interval '8 hours')) as churned`);
      const rate = year!.churned / year!.active;
      expect(rate, `churn from ${from}`).toBeGreaterThan(0.15);
      expect(rate, `churn from ${from}`).toBeLessThan(0.35);
    }
  });

  it('reach each lifecycle stage on the first fact that earns it', async () => {
    expect(await rows(sql`
      with facts as (
        select m.id, m.lifecycle_stage, m.activated_at, m.retained_at, m.monetised_at,
          least(
            (select min(r.checked_in_at) from events.registrations r where r.member_id = m.id),
            (select min(d.redeemed_at) from benefits.redemptions d where d.member_id = m.id and d.status = 'CONFIRMED')) as first_use,
          (select min(t.outcome_at) from members.membership_terms t where t.member_id = m.id and t.outcome = 'RENEWED') as first_renewal,
          (select min(o.ordered_at) from benefits.service_orders o where o.member_id = m.id) as first_order
        from members.members m)
      select id from facts
      where activated_at is distinct from first_use or retained_at is distinct from first_renewal
         or monetised_at is distinct from first_order
         or lifecycle_stage <> case when monetised_at is not null then 'MONETISED' when retained_at is not null then 'RETAINED'
                                    when activated_at is not null then 'ACTIVATED' else 'REACHED' end::members.lifecycle_stage`)).toEqual([]);
  });

  it('move only as the lifecycle\'s transition table allows', async () => {
    const moves = await rows<{ from_status: MemberStatus | null; to_status: MemberStatus }>(
      sql`select from_status, to_status from members.status_changes group by from_status, to_status`,
    );
    expect(moves.filter((move) => !isAllowedTransition(move.from_status, move.to_status))).toEqual([]);
    expect(moves.length).toBeGreaterThanOrEqual(6);
  });

  it('hold one-year terms that never overlap, one open at most, each renewal followed without a gap', async () => {
    expect(await rows(sql`
      select id from (
        select id, outcome, starts_on, ends_on,
          lag(ends_on) over (partition by member_id order by starts_on) as previous_end,
          lag(outcome) over (partition by member_id order by starts_on) as previous_outcome
        from members.membership_terms) t
      where starts_on <= previous_end
         or (previous_outcome = 'RENEWED') <> (starts_on = previous_end + 1 and previous_outcome is not null)
         or ends_on <> (starts_on + interval '1 year')::date - 1`)).toEqual([]);
    expect(await rows(sql`
      select member_id from members.membership_terms where outcome = 'OPEN' group by member_id having count(*) > 1`)).toEqual([]);
    // Every ACTIVE or SUSPENDED member holds the open term; nobody else does.
    expect(await rows(sql`
      select m.id from members.members m
      where (m.status in ('ACTIVE', 'SUSPENDED')) <> exists (
        select 1 from members.membership_terms t where t.member_id = m.id and t.outcome = 'OPEN')`)).toEqual([]);
  });

  it('lapse exactly when dues went unpaid past the grace period, and churn when lapsed too long', async () => {
    // The lapsed term is the member's open term then, closed at the lapse:
    // 30 days after a paid term ended, or after an unpaid term began.
    expect(await rows(sql`
      select c.id from members.status_changes c
      left join members.membership_terms t on t.member_id = c.member_id and t.outcome = 'LAPSED' and t.outcome_at = c.effective_at
      where c.to_status = 'LAPSED' and (t.id is null or c.effective_at <> (
        case when t.dues_paid_at is null then t.starts_on else t.ends_on + 1 end + ${gracePeriodDays}::integer) - interval '8 hours')`)).toEqual([]);
    // A LAPSED member's last term is that lapsed term.
    expect(await rows(sql`
      select m.id from members.members m
      where m.status = 'LAPSED' and (
        select t.outcome from members.membership_terms t where t.member_id = m.id order by t.starts_on desc limit 1) <> 'LAPSED'`)).toEqual([]);
    expect(await rows(sql`
      select id from (
        select id, to_status, from_status, effective_at, lag(effective_at) over (partition by member_id order by effective_at, sequence) as previous_at
        from members.status_changes) c
      where from_status = 'LAPSED' and to_status = 'CHURNED' and effective_at <> previous_at + interval '${sql.raw(String(lapseToChurnDays))} days'`)).toEqual([]);
    // Leaving takes effect at once: it ends the open term at that instant.
    expect(await rows(sql`
      select c.id from members.status_changes c
      where c.from_status in ('ACTIVE', 'SUSPENDED') and c.to_status = 'CHURNED' and not exists (
        select 1 from members.membership_terms t where t.member_id = c.member_id and t.outcome = 'LEFT' and t.outcome_at = c.effective_at)`)).toEqual([]);
  });

  it('leave the lifecycle job nothing to do as of the seed\'s day', async () => {
    const result = await database.handle.db.transaction((tx) => runLifecycleJob(tx, { asOfDate }));
    expect(result).toEqual({ asOf: asOfDate, lapsed: [], churned: [] });
  });

  it('were referred by members who were ACTIVE when the prospect was reached', async () => {
    expect(await rows(sql`
      select m.id from members.members m
      where m.referrer_id is not null and (
        select c.to_status from members.status_changes c
        where c.member_id = m.referrer_id and c.effective_at <= m.reached_at
        order by c.effective_at desc, c.sequence desc limit 1) is distinct from 'ACTIVE'`)).toEqual([]);
  });

  it('are led, in every chapter, by active members of that chapter', async () => {
    expect(await rows(sql`
      select l.chapter_id from chapters.chapter_leads l join members.members m on m.id = l.member_id
      where m.home_chapter_id <> l.chapter_id or m.status <> 'ACTIVE' or l.since < m.joined_on`)).toEqual([]);
    const chairs = await rows<{ chapter_id: string }>(sql`select chapter_id from chapters.chapter_leads where role = 'CHAIR' order by chapter_id`);
    expect(chairs.length).toBeGreaterThanOrEqual(12);
  });
});

describe('the seeded loyalty records', () => {
  it('copy each member\'s loyalty tier into members.tier_code, as of the last tier change', async () => {
    expect(await rows(sql`
      select m.id from members.members m
      left join loyalty.member_standings s on s.member_id = m.id left join loyalty.tiers t on t.id = s.tier_id
      where m.tier_code::text is distinct from t.code::text or (m.status = 'PROSPECT') <> (s.member_id is null)`)).toEqual([]);
    expect(await rows(sql`
      select m.id from members.members m
      where m.tier_effective_on is distinct from (select max(c.effective_on) from loyalty.tier_changes c where c.member_id = m.id)
         or (m.tier_effective_on is null) <> (m.tier_changed_at is null)`)).toEqual([]);
  });

  it('copy every member\'s status as loyalty\'s handler keeps it, and review no one after they churned', async () => {
    expect(await rows(sql`
      select m.id from members.members m full join loyalty.member_statuses s on s.member_id = m.id
      where s.status is distinct from m.status::text`)).toEqual([]);
    expect(await rows(sql`
      select c.member_id from loyalty.tier_changes c join loyalty.member_statuses s on s.member_id = c.member_id
      where s.status = 'CHURNED' and c.review_half is not null
        and s.effective_at < (c.effective_on + 1)::timestamp at time zone 'Asia/Shanghai'`)).toEqual([]);
    expect(await rows(sql`select count(*) > 0 as some from loyalty.member_statuses where status = 'CHURNED'`)).toEqual([{ some: true }]);
  });

  it('copy the fee plans\' dues into the members subgraph', async () => {
    expect(await rows(sql`
      select id, annual_dues_minor as dues, currency from members.fee_plans
      except select id, annual_dues_minor, currency from loyalty.fee_plans`)).toEqual([]);
    expect(await rows(sql`select count(*) as n from members.fee_plans`)).toEqual([{ n: 3 }]);
  });

  it('keep every points balance at or above zero at every moment', async () => {
    expect(await rows(sql`
      select member_id from (
        select member_id, sum(points) over (partition by member_id order by occurred_at, id rows unbounded preceding) as running
        from loyalty.points_entries) r
      where running < 0`)).toEqual([]);
    const kinds = await rows<{ kind: string }>(sql`select kind from loyalty.points_entries group by kind order by kind`);
    expect(kinds.map((row) => row.kind)).toEqual(expect.arrayContaining(['EARN_ATTENDANCE', 'EARN_SPEND', 'EARN_REFERRAL', 'SPEND_EVENT', 'EXPIRE']));
  });

  it('charge each term the dues of a fee plan', async () => {
    expect(await rows(sql`
      select t.id from members.membership_terms t join loyalty.fee_plans p on p.id = t.fee_plan_id
      where t.dues_minor <> p.annual_dues_minor or t.currency <> p.currency or t.ends_on <= t.starts_on`)).toEqual([]);
  });
});

describe('the seeded event registrations', () => {
  it('never confirm more seats than an event has, and waitlist only when it is full', async () => {
    expect(await rows(sql`
      select e.id from events.events e
      join events.registrations r on r.event_id = e.id
      group by e.id, e.capacity
      having count(*) filter (where r.status = 'CONFIRMED') > e.capacity
          or (count(*) filter (where r.status = 'WAITLISTED') > 0 and count(*) filter (where r.status = 'CONFIRMED') < e.capacity)`)).toEqual([]);
    const statuses = await rows<{ status: string }>(sql`select status from events.registrations group by status order by status`);
    expect(statuses.map((row) => row.status)).toEqual(['CONFIRMED', 'WAITLISTED', 'CANCELLED']);
    expect(await rows(sql`
      select r.id from events.registrations r join events.events e on e.id = r.event_id
      where e.status = 'DRAFT' or r.registered_at >= e.starts_at or r.cancelled_at < r.registered_at
         or (r.status = 'CANCELLED') <> (r.cancelled_at is not null)
         or (e.status = 'CANCELLED' and r.status <> 'CANCELLED')`)).toEqual([]);
  });

  it('take registrations of each event first come, first served', async () => {
    expect(await rows(sql`
      select id from (
        select id, registered_at, lag(registered_at) over (partition by event_id order by sequence) as previous
        from events.registrations) r
      where registered_at < previous`)).toEqual([]);
  });

  it('check in only confirmed members at events that have begun, and take ratings only from them', async () => {
    expect(await rows(sql`
      select r.id from events.registrations r join events.events e on e.id = r.event_id
      where r.checked_in_at is not null and (r.status <> 'CONFIRMED' or e.starts_at >= ${asOfDate}::date - interval '8 hours')`)).toEqual([]);
    expect(await rows(sql`
      select g.registration_id from events.ratings g join events.registrations r on r.id = g.registration_id
      where r.checked_in_at is null or r.event_id <> g.event_id or g.satisfaction not between 1 and 5
         or g.likely_to_recommend not between 0 and 10`)).toEqual([]);
    const [satisfaction] = await rows<{ satisfied: string; ratings: number }>(sql`
      select avg(case when satisfaction >= 4 then 1.0 else 0 end)::text as satisfied, count(*) as ratings from events.ratings`);
    expect(satisfaction!.ratings).toBeGreaterThan(100);
    expect(Number(satisfaction!.satisfied)).toBeGreaterThan(0.85);
    expect(Number(satisfaction!.satisfied)).toBeLessThan(0.95);
  });
});

describe('the seeded events copies and charges', () => {
  it('copy every member\'s status, tier and chapter roles as the events subgraph\'s handlers keep them', async () => {
    expect(await rows(sql`
      select m.id from members.members m full join events.member_statuses s on s.member_id = m.id
      where s.status is distinct from m.status::text`)).toEqual([]);
    expect(await rows(sql`
      select s.member_id from loyalty.member_standings s full join events.member_tiers t on t.member_id = s.member_id
      where t.tier_id is distinct from s.tier_id`)).toEqual([]);
    expect(await rows(sql`
      select l.chapter_id from chapters.chapter_leads l
      full join (select * from events.chapter_leads where active) c
        on c.chapter_id = l.chapter_id and c.member_id = l.member_id and c.role = l.role::text
      where l.chapter_id is null or c.chapter_id is null`)).toEqual([]);
  });

  it('copy the chapters the events subgraph checks an event\'s chapter against, and hold events of those chapters only', async () => {
    expect(await rows(sql`
      select c.id, k.chapter_id from chapters.chapters c full join events.known_chapters k on k.chapter_id = c.id
      where c.id is null or k.chapter_id is null`)).toEqual([]);
    expect(await rows(sql`select count(*) as n from events.known_chapters`)).toEqual([{ n: chapterCatalogue.length }]);
    expect(await rows(sql`
      select e.id from events.events e
      where e.chapter_id is not null and not exists (select 1 from events.known_chapters k where k.chapter_id = e.chapter_id)`)).toEqual([]);
  });

  it('copy every member\'s status as the benefits subgraph\'s handler keeps it', async () => {
    expect(await rows(sql`
      select m.id from members.members m full join benefits.member_statuses s on s.member_id = m.id
      where s.status is distinct from m.status::text`)).toEqual([]);
  });

  it('let the partners subgraph know of every event, as events.EventCreated tells it', async () => {
    expect(await rows(sql`
      select e.id from events.events e full join partners.known_events k on k.event_id = e.id
      where e.id is null or k.event_id is null`)).toEqual([]);
  });

  it('record how each registration got and gave up its seat', async () => {
    expect(await rows(sql`
      select r.id from events.registrations r join events.events e on e.id = r.event_id
      where (r.status = 'CONFIRMED') and r.confirmed_at is null
         or (r.status = 'WAITLISTED') and r.confirmed_at is not null
         or (r.status = 'CANCELLED') <> (r.cancellation_reason is not null)
         or (r.cancellation_reason = 'EVENT_CANCELLED') <> (e.status = 'CANCELLED')
         or r.status = 'PENDING_PAYMENT'`)).toEqual([]);
  });

  it('charge a points seat once on the ledger and ask the points back when it was given up', async () => {
    expect(await rows(sql`
      select r.id from events.registrations r join events.events e on e.id = r.event_id
      left join loyalty.points_entries p on p.id = r.points_entry_id
      where (r.points_charged is not null) <> (e.points_price is not null and r.confirmed_at is not null)
         or r.points_charged is distinct from (case when r.confirmed_at is not null then e.points_price end)
         or (r.points_charged is not null and (p.member_id is distinct from r.member_id or p.kind <> 'SPEND_EVENT' or p.points <> -r.points_charged))
         or (r.points_refund_requested_at is not null) <> (r.points_charged is not null and r.status = 'CANCELLED')`)).toEqual([]);
    const [charged] = await rows<{ n: number }>(sql`select count(*) as n from events.registrations where points_charged is not null`);
    expect(charged!.n).toBeGreaterThan(0);
  });

  it('book the fee of every seat taken at a fee-priced event, refunded when the seat was given up', async () => {
    expect(await rows(sql`
      select r.id from events.registrations r join events.events e on e.id = r.event_id
      full join events.fee_charges f on f.registration_id = r.id
      where (f.registration_id is not null) <> (e.fee_minor is not null and r.confirmed_at is not null)
         or (f.registration_id is not null and (
              f.amount_minor <> e.fee_minor or f.currency <> e.fee_currency or f.member_id <> r.member_id
              or f.event_id <> r.event_id or f.refunded_at is distinct from r.cancelled_at))`)).toEqual([]);
    const [fees] = await rows<{ n: number }>(sql`select count(*) as n from events.fee_charges where refunded_at is null`);
    expect(fees!.n).toBeGreaterThan(0);
  });
});

describe('the seeded benefit redemptions', () => {
  it('stay within the allowance of the tier the member held at the time', async () => {
    expect(await rows(sql`
      with placed as (
        select d.id, d.member_id, d.benefit_id, d.redeemed_at,
          (select c.to_tier_id from loyalty.tier_changes c
           where c.member_id = d.member_id and c.effective_on <= (d.redeemed_at + interval '8 hours')::date
           order by c.effective_on desc, c.reason desc limit 1) as tier_id
        from benefits.redemptions d),
      counted as (
        select p.id, a.allowance, a.period,
          row_number() over (
            partition by p.member_id, p.benefit_id, a.period,
              case a.period when 'MONTH' then to_char(p.redeemed_at + interval '8 hours', 'YYYY-MM') else to_char(p.redeemed_at + interval '8 hours', 'YYYY') end
            order by p.redeemed_at) as used
        from placed p left join benefits.tier_benefits a on a.tier_id = p.tier_id and a.benefit_id = p.benefit_id)
      select id from counted where period is null or (allowance is not null and used > allowance)`)).toEqual([]);
  });
});
