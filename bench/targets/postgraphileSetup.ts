import postgres from 'postgres';
import { valueScoreSql } from './valueScoreSql.js';

/**
 * What PostGraphile needs in the bench database to answer the workloads with
 * the same values as Paddock: computed columns (PostGraphile's way to expose
 * a value that is not a column) and the composite types some of them return.
 * PostGraphile only sees a function as a computed column when it lives in
 * the schema of its table, so these go into the subgraphs' schemas of the
 * bench's own throwaway database; Paddock's migrations never create them.
 * The relations across schemas are smart tags in postgraphile.ts instead.
 */
const statements = [
  // W1 and W2: a member's tier, value score and ledger balance (loyalty).
  `create or replace function members.members_tier(m members.members) returns loyalty.tiers
     language sql stable as $$
       select t.* from loyalty.member_standings s join loyalty.tiers t on t.id = s.tier_id where s.member_id = m.id
     $$`,
  `create or replace function members.members_value_score(m members.members) returns int
     language sql stable as $$
       select ${valueScoreSql('m.id')}
     $$`,
  `create or replace function members.members_points_balance(m members.members) returns int
     language sql stable as $$
       select coalesce(sum(points), 0)::int from loyalty.points_entries where member_id = m.id
     $$`,

  // W2: lifecycle stages as one object, the term in force today (UTC) and its dues.
  `do $$ begin
     create type members.bench_lifecycle_stages as (
       reached_at timestamptz, activated_at timestamptz, retained_at timestamptz, monetised_at timestamptz);
   exception when duplicate_object then null; end $$`,
  `create or replace function members.members_stages(m members.members) returns members.bench_lifecycle_stages
     language sql stable as $$
       select row(m.reached_at, m.activated_at, m.retained_at, m.monetised_at)::members.bench_lifecycle_stages
     $$`,
  `create or replace function members.members_current_term(m members.members) returns members.membership_terms
     language sql stable as $$
       select t.* from members.membership_terms t
       where t.member_id = m.id
         and t.starts_on <= (now() at time zone 'UTC')::date and t.ends_on >= (now() at time zone 'UTC')::date
       order by t.starts_on desc, t.id desc limit 1
     $$`,
  `do $$ begin
     create type members.bench_money as (amount_minor int, currency text);
   exception when duplicate_object then null; end $$`,
  `create or replace function members.membership_terms_dues(t members.membership_terms) returns members.bench_money
     language sql stable as $$ select row(t.dues_minor, t.currency)::members.bench_money $$`,

  // W3: local times, venue, counts, participation, rating summary, sponsors.
  `create or replace function events.bench_local_iso(instant timestamptz, zone text) returns text
     language sql immutable as $$
       select to_char(instant at time zone zone, 'YYYY-MM-DD"T"HH24:MI:SS')
         || case when o < interval '0' then '-' else '+' end
         || to_char(case when o < interval '0' then -o else o end, 'HH24:MI')
       from (select (instant at time zone zone) - (instant at time zone 'UTC') as o) as zone_offset
     $$`,
  `create or replace function events.events_starts_at_local(e events.events) returns text
     language sql stable as $$ select events.bench_local_iso(e.starts_at, e.time_zone) $$`,
  `create or replace function events.events_ends_at_local(e events.events) returns text
     language sql stable as $$ select events.bench_local_iso(e.ends_at, e.time_zone) $$`,
  `do $$ begin
     create type events.bench_venue as (name text, city text);
     create type events.bench_rating_summary as (count int, average_satisfaction float8, net_promoter_score float8);
   exception when duplicate_object then null; end $$`,
  `create or replace function events.events_venue(e events.events) returns events.bench_venue
     language sql stable as $$
       select case when e.venue_name is null then null else row(e.venue_name, e.venue_city)::events.bench_venue end
     $$`,
  `create or replace function events.events_confirmed_count(e events.events) returns int
     language sql stable as $$
       select count(*)::int from events.registrations where event_id = e.id and status = 'CONFIRMED'
     $$`,
  `create or replace function events.events_waitlist_count(e events.events) returns int
     language sql stable as $$
       select count(*)::int from events.registrations where event_id = e.id and status = 'WAITLISTED'
     $$`,
  `create or replace function events.events_attended_count(e events.events) returns int
     language sql stable as $$
       select count(*)::int from events.registrations
       where event_id = e.id and status = 'CONFIRMED' and checked_in_at is not null
     $$`,
  `create or replace function events.events_participation_rate(e events.events) returns float8
     language sql stable as $$
       select case when count(*) filter (where status = 'CONFIRMED') = 0 then null else
         (count(*) filter (where status = 'CONFIRMED' and checked_in_at is not null))::float8
           / count(*) filter (where status = 'CONFIRMED') end
       from events.registrations where event_id = e.id
     $$`,
  `create or replace function events.events_ratings(e events.events) returns events.bench_rating_summary
     language sql stable as $$
       select row(
         count(*)::int,
         case when count(*) = 0 then null else sum(satisfaction)::float8 / count(*) end,
         case when count(*) = 0 then null else
           ((count(*) filter (where likely_to_recommend >= 9) - count(*) filter (where likely_to_recommend <= 6)) * 100)::float8 / count(*) end
       )::events.bench_rating_summary
       from events.ratings where event_id = e.id
     $$`,
  `create or replace function events.events_sponsors(e events.events) returns setof partners.partners
     language sql stable as $$
       select p.* from partners.partners p
       join (
         select s.partner_id, min(s.level) as level
         from partners.sponsored_events se join partners.sponsorships s on s.id = se.sponsorship_id
         where se.event_id = e.id group by s.partner_id
       ) best on best.partner_id = p.id
       order by best.level, p.name, p.id
     $$`,
];

/** Creates (or replaces) PostGraphile's computed columns in the bench database. */
export async function preparePostGraphile(databaseUrl: string): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.begin(async (tx) => {
      for (const statement of statements) await tx.unsafe(statement);
    });
  } finally {
    await sql.end();
  }
}
