/**
 * The physical limit of each workload: ONE hand-written statement that
 * builds the whole GraphQL response, `{"data": ...}`, as JSON text inside
 * PostgreSQL, with the same orderings, limits and computed values as
 * Paddock's resolvers. Internal to the bench: this SQL reads every
 * subgraph's schema at once, which Paddock itself never does.
 */
import type { WorkloadName } from '../workloads.js';
import { valueScoreSql } from './valueScoreSql.js';

/** An instant as Paddock's DateTime writes it: UTC, milliseconds, "Z". */
const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** An instant as wall-clock time in a zone with its offset, to the second. */
const local = (column: string, zone: string) => `(
  select to_char(${column} at time zone ${zone}, 'YYYY-MM-DD"T"HH24:MI:SS')
    || case when offset_ < interval '0' then '-' else '+' end
    || to_char(case when offset_ < interval '0' then -offset_ else offset_ end, 'HH24:MI')
  from (select (${column} at time zone ${zone}) - (${column} at time zone 'UTC') as offset_) as zone_offset
)`;

/** A member cursor as Paddock's encodeCursor makes it: base64url of "[number]". */
const memberCursor = (number: string) =>
  `rtrim(translate(encode(convert_to('[' || ${number} || ']', 'UTF8'), 'base64'), '+/', '-_'), '=')`;

/** W1, $1 the chapter id, $2 the page size. */
const roster = `
with page as (
  select m.id, m.member_number, m.display_name, m.status
  from members.members m
  where m.home_chapter_id = $1
  order by m.member_number
  limit $2::int + 1
)
select json_build_object('data', json_build_object('chapter', (
  select json_build_object(
    'name', c.name,
    'region', json_build_object('name', r.name),
    'members', json_build_object(
      'totalCount', (select count(*) from members.members where home_chapter_id = c.id),
      'pageInfo', json_build_object(
        'hasNextPage', (select count(*) from page) > $2::int,
        'endCursor', (select ${memberCursor('max(n.member_number)')} from (select member_number from page order by member_number limit $2::int) n)
      ),
      'edges', coalesce((
        select json_agg(json_build_object('node', json_build_object(
          'id', p.id,
          'memberNumber', p.member_number,
          'displayName', p.display_name,
          'status', p.status,
          'tier', (
            select json_build_object('code', t.code, 'name', t.name)
            from loyalty.member_standings s join loyalty.tiers t on t.id = s.tier_id
            where s.member_id = p.id
          ),
          'cars', coalesce((
            select json_agg(json_build_object('brand', car.brand, 'model', car.model, 'powertrain', car.powertrain)
              order by car.registered_at, car.id)
            from members.cars car where car.member_id = p.id
          ), '[]'::json),
          'pointsBalance', coalesce((select sum(e.points) from loyalty.points_entries e where e.member_id = p.id), 0),
          'registrations', coalesce((
            select json_agg(json_build_object(
              'registeredAt', ${iso('g.registered_at')},
              'event', json_build_object('title', ev.title, 'kind', ev.kind, 'startsAt', ${iso('ev.starts_at')})
            ) order by g.registered_at desc, g.id desc)
            from (
              select id, event_id, registered_at from events.registrations
              where member_id = p.id and status = 'CONFIRMED'
              order by registered_at desc, id desc limit 5
            ) g join events.events ev on ev.id = g.event_id
          ), '[]'::json)
        )) order by p.member_number)
        from (select * from page order by member_number limit $2::int) p
      ), '[]'::json)
    )
  )
  from chapters.chapters c join chapters.regions r on r.id = c.region_id
  where c.id = $1
)))::text as body`;

/** W2, $1 the member id. "Today" for the current term is the UTC date, as in Paddock. */
const memberPage = `
select json_build_object('data', json_build_object('member', (
  select json_build_object(
    'id', m.id,
    'memberNumber', m.member_number,
    'displayName', m.display_name,
    'email', m.email,
    'phone', m.phone,
    'birthday', m.birthday,
    'city', m.city,
    'language', m.language,
    'status', m.status,
    'lifecycleStage', m.lifecycle_stage,
    'stages', json_build_object(
      'reachedAt', ${iso('m.reached_at')},
      'activatedAt', ${iso('m.activated_at')},
      'retainedAt', ${iso('m.retained_at')},
      'monetisedAt', ${iso('m.monetised_at')}
    ),
    'homeChapter', (select json_build_object('id', c.id, 'name', c.name) from chapters.chapters c where c.id = m.home_chapter_id),
    'cars', coalesce((
      select json_agg(json_build_object('brand', car.brand, 'model', car.model, 'year', car.year, 'powertrain', car.powertrain, 'plate', car.plate)
        order by car.registered_at, car.id)
      from members.cars car where car.member_id = m.id
    ), '[]'::json),
    'currentTerm', (
      select json_build_object(
        'startsOn', t.starts_on,
        'endsOn', t.ends_on,
        'feePlan', (select json_build_object('name', f.name) from loyalty.fee_plans f where f.id = t.fee_plan_id),
        'dues', json_build_object('amountMinor', t.dues_minor, 'currency', t.currency)
      )
      from members.membership_terms t
      where t.member_id = m.id
        and t.starts_on <= (now() at time zone 'UTC')::date and t.ends_on >= (now() at time zone 'UTC')::date
      order by t.starts_on desc, t.id desc
      limit 1
    ),
    'tier', (
      select json_build_object('name', tier.name)
      from loyalty.member_standings s join loyalty.tiers tier on tier.id = s.tier_id
      where s.member_id = m.id
    ),
    'valueScore', ${valueScoreSql('m.id')},
    'pointsBalance', coalesce((select sum(e.points) from loyalty.points_entries e where e.member_id = m.id), 0),
    'tierHistory', coalesce((
      select json_agg(json_build_object(
        'from', (select json_build_object('code', f.code) from loyalty.tiers f where f.id = h.from_tier_id),
        'to', (select json_build_object('code', t.code) from loyalty.tiers t where t.id = h.to_tier_id),
        'reason', h.reason,
        'effectiveOn', h.effective_on
      ) order by h.effective_on desc, h.id desc)
      from loyalty.tier_changes h where h.member_id = m.id
    ), '[]'::json),
    'registrations', coalesce((
      select json_agg(json_build_object(
        'status', g.status,
        'event', json_build_object('title', ev.title, 'startsAt', ${iso('ev.starts_at')})
      ) order by g.registered_at desc, g.id desc)
      from (
        select id, event_id, status, registered_at from events.registrations
        where member_id = m.id order by registered_at desc, id desc limit 5
      ) g join events.events ev on ev.id = g.event_id
    ), '[]'::json),
    'redemptions', coalesce((
      select json_agg(json_build_object(
        'redeemedAt', ${iso('d.redeemed_at')},
        'benefit', json_build_object('name', b.name)
      ) order by d.redeemed_at desc, d.id desc)
      from (
        select id, benefit_id, redeemed_at from benefits.redemptions
        where member_id = m.id order by redeemed_at desc, id desc limit 5
      ) d join benefits.benefits b on b.id = d.benefit_id
    ), '[]'::json)
  )
  from members.members m
  where m.id = $1::uuid
)))::text as body`;

/** W3, $1 the event id. */
const eventPage = `
select json_build_object('data', json_build_object('event', (
  select json_build_object(
    'title', e.title,
    'kind', e.kind,
    'status', e.status,
    'startsAt', ${iso('e.starts_at')},
    'startsAtLocal', ${local('e.starts_at', 'e.time_zone')},
    'endsAtLocal', ${local('e.ends_at', 'e.time_zone')},
    'timeZone', e.time_zone,
    'venue', case when e.venue_name is null then null else json_build_object('name', e.venue_name, 'city', e.venue_city) end,
    'chapter', (select json_build_object('name', c.name) from chapters.chapters c where c.id = e.chapter_id),
    'minimumTier', (select json_build_object('name', t.name) from loyalty.tiers t where t.id = e.minimum_tier_id),
    'capacity', e.capacity,
    'confirmedCount', counts.confirmed,
    'waitlistCount', counts.waitlisted,
    'attendedCount', counts.attended,
    'participationRate', case when counts.confirmed = 0 then null else counts.attended::float8 / counts.confirmed end,
    'ratings', (
      select json_build_object(
        'count', count(*),
        'averageSatisfaction', case when count(*) = 0 then null else sum(satisfaction)::float8 / count(*) end,
        'netPromoterScore', case when count(*) = 0 then null else
          ((count(*) filter (where likely_to_recommend >= 9) - count(*) filter (where likely_to_recommend <= 6)) * 100)::float8 / count(*) end
      )
      from events.ratings where event_id = e.id
    ),
    'sponsors', coalesce((
      select json_agg(json_build_object('name', sp.name, 'kind', sp.kind) order by sp.level, sp.name, sp.id)
      from (
        select p.id, p.name, p.kind, min(s.level) as level
        from partners.sponsored_events se
        join partners.sponsorships s on s.id = se.sponsorship_id
        join partners.partners p on p.id = s.partner_id
        where se.event_id = e.id
        group by p.id
      ) sp
    ), '[]'::json),
    'registrations', json_build_object(
      'totalCount', counts.confirmed + counts.waitlisted + counts.cancelled,
      'edges', coalesce((
        select json_agg(json_build_object('node', json_build_object(
          'status', g.status,
          'registeredAt', ${iso('g.registered_at')},
          'member', (select json_build_object('memberNumber', m.member_number, 'displayName', m.display_name) from members.members m where m.id = g.member_id)
        )) order by g.sequence)
        from (
          select status, registered_at, member_id, sequence from events.registrations
          where event_id = e.id order by sequence limit 20
        ) g
      ), '[]'::json)
    )
  )
  from events.events e
  cross join lateral (
    select
      count(*) filter (where status = 'CONFIRMED') as confirmed,
      count(*) filter (where status = 'WAITLISTED') as waitlisted,
      count(*) filter (where status = 'CANCELLED') as cancelled,
      count(*) filter (where status = 'CONFIRMED' and checked_in_at is not null) as attended
    from events.registrations where event_id = e.id
  ) counts
  where e.id = $1::uuid
)))::text as body`;

/** Each workload's statement, by the operation name Paddock's document has. */
export const handwrittenQueries: Record<WorkloadName, { operationName: string; sql: string }> = {
  W1: { operationName: 'ChapterRoster', sql: roster },
  W2: { operationName: 'MemberPage', sql: memberPage },
  W3: { operationName: 'EventPageWithRegistrations', sql: eventPage },
};
