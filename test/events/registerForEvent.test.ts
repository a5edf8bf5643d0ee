import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { recordEvent } from '../../src/core/bus/recordEvent.js';
import { eventId, insertChapters, insertEvents, insertMemberCopies, memberId } from '../fixtures/events.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const staff: TokenSubject = { role: 'staff', subject: 's1' };
const asMember = (id: string): TokenSubject => ({ role: 'member', memberId: id });

/** Half a year from now, so that registration is open whenever the suite runs. */
const future = { startsAt: new Date(Date.now() + 180 * 86_400_000), endsAt: new Date(Date.now() + 180 * 86_400_000 + 2 * 3_600_000) };
const small = eventId(1);
const goldOnly = eventId(2);
const started = eventId(3);
const draft = eventId(4);
const calledOff = eventId(5);
const paid = eventId(6);
const silverDinner = eventId(7);

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertChapters(db, ['shanghai']);
  await insertEvents(db, [
    { id: small, title: 'Small salon', capacity: 2, ...future },
    { id: goldOnly, title: 'Gold track day', kind: 'TRACK_DAY', minimumTierId: 'gold', ...future },
    { id: started, title: 'Started salon', startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + 3_600_000) },
    { id: draft, title: 'Draft salon', status: 'DRAFT', ...future },
    { id: calledOff, title: 'Called-off salon', status: 'CANCELLED', ...future },
    { id: paid, title: 'Paid dinner', capacity: 1, feeMinor: 68000, feeCurrency: 'CNY', ...future },
    { id: silverDinner, title: 'Silver dinner', capacity: 1, minimumTierId: 'silver', ...future },
  ]);
  await insertMemberCopies(db, [
    ...[1, 2, 3, 4, 5, 6, 7].map((n) => ({ memberId: memberId(n), tierId: 'silver' })),
    { memberId: memberId(20), tierId: 'platinum' },
    { memberId: memberId(21), status: 'LAPSED', tierId: 'gold' },
    ...[50, 51, 52, 53].map((n) => ({ memberId: memberId(n), tierId: 'silver' })),
  ]);
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const errorsOf = (response: GraphQLResponse<unknown>) =>
  response.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }));

interface RegistrationData {
  id: string;
  status: string;
  waitlistPosition: number | null;
  member: { id: string };
}

function register(event: string, member: string, options: { as?: TokenSubject; key?: string } = {}) {
  return gateway.request<{ registerForEvent: RegistrationData }, Record<string, unknown>>(
    `mutation ($eventId: ID!, $memberId: ID!, $key: String) {
      registerForEvent(eventId: $eventId, memberId: $memberId, idempotencyKey: $key) { id status waitlistPosition member { id } }
    }`,
    { as: options.as ?? asMember(member), variables: { eventId: event, memberId: member, key: options.key } },
  );
}

async function registered(event: string, member: string): Promise<RegistrationData> {
  const response = await register(event, member);
  expect(response.errors).toBeUndefined();
  return response.data!.registerForEvent;
}

function cancel(id: string, as: TokenSubject = staff) {
  return gateway.request<{ cancelRegistration: { status: string; cancellationReason: string } }, { id: string }>(
    `mutation ($id: ID!) { cancelRegistration(id: $id) { status cancellationReason } }`,
    { as, variables: { id } },
  );
}

/** The event's counts and its registrations in order, as staff see them. */
async function seatsOf(event: string) {
  const response = await gateway.request<{ event: Record<string, unknown> & { registrations: { edges: { node: Record<string, unknown> }[] } } }, { id: string }>(
    `query ($id: ID!) { event(id: $id) {
      confirmedCount waitlistCount seatsLeft
      registrations { edges { node { member { id } status waitlistPosition } } }
    } }`,
    { as: staff, variables: { id: event } },
  );
  expect(response.errors).toBeUndefined();
  const { registrations, ...counts } = response.data!.event;
  return {
    ...counts,
    registrations: registrations.edges.map(({ node }) => [(node.member as { id: string }).id, node.status, node.waitlistPosition]),
  };
}

async function rowsOf<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await database.handle.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

describe('Mutation.registerForEvent', () => {
  it('confirms while seats remain, then waitlists in order of registration', async () => {
    expect(await registered(small, memberId(1))).toMatchObject({ status: 'CONFIRMED', waitlistPosition: null, member: { id: memberId(1) } });
    expect((await registered(small, memberId(2))).status).toBe('CONFIRMED');
    expect(await registered(small, memberId(3))).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    expect(await registered(small, memberId(4))).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
    expect(await seatsOf(small)).toEqual({
      confirmedCount: 2,
      waitlistCount: 2,
      seatsLeft: 0,
      registrations: [
        [memberId(1), 'CONFIRMED', null],
        [memberId(2), 'CONFIRMED', null],
        [memberId(3), 'WAITLISTED', 1],
        [memberId(4), 'WAITLISTED', 2],
      ],
    });
  });

  it('refuses a second registration of the same member, naming the one they hold', async () => {
    expect(errorsOf(await register(small, memberId(3)))).toEqual([
      {
        message: 'The member is already registered for "Small salon" (WAITLISTED).',
        path: ['registerForEvent'],
        extensions: { code: 'CONFLICT', reason: 'ALREADY_REGISTERED', status: 'WAITLISTED', serviceName: 'events' },
      },
    ]);
  });

  it('refuses a member below the minimum tier, naming both tiers', async () => {
    expect(errorsOf(await register(goldOnly, memberId(1)))).toEqual([
      {
        message: 'The event "Gold track day" admits tier gold and above; the member holds tier silver.',
        path: ['registerForEvent'],
        extensions: { code: 'FORBIDDEN', field: 'Mutation.registerForEvent', reason: 'BELOW_MINIMUM_TIER', serviceName: 'events' },
      },
    ]);
    expect((await registered(goldOnly, memberId(20))).status).toBe('CONFIRMED');
  });

  it('refuses registration after the start, for a draft and for a cancelled event', async () => {
    const refusal = async (event: string) => errorsOf(await register(event, memberId(5)))?.[0];
    expect(await refusal(started)).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'EVENT_STARTED', status: 'PUBLISHED', serviceName: 'events' } });
    expect((await refusal(started))!.message).toMatch(/^The event "Started salon" started at \S+Z: registration is closed\.$/);
    expect(await refusal(draft)).toEqual({
      message: 'The event "Draft salon" is a DRAFT: registration opens when it is published.',
      path: ['registerForEvent'],
      extensions: { code: 'CONFLICT', reason: 'EVENT_NOT_PUBLISHED', status: 'DRAFT', serviceName: 'events' },
    });
    expect(await refusal(calledOff)).toEqual({
      message: 'The event "Called-off salon" is CANCELLED.',
      path: ['registerForEvent'],
      extensions: { code: 'CONFLICT', reason: 'EVENT_CANCELLED', status: 'CANCELLED', serviceName: 'events' },
    });
  });

  it('refuses a member who is not active, and names a member the club does not know', async () => {
    expect(errorsOf(await register(small, memberId(21)))).toEqual([
      {
        message: 'The member is LAPSED: only ACTIVE members register for events.',
        path: ['registerForEvent'],
        extensions: { code: 'CONFLICT', reason: 'MEMBER_NOT_ACTIVE', status: 'LAPSED', serviceName: 'events' },
      },
    ]);
    expect(errorsOf(await register(small, memberId(99), { as: staff }))).toEqual([
      {
        message: `No member has id "${memberId(99)}".`,
        path: ['registerForEvent'],
        extensions: { code: 'NOT_FOUND', argument: 'memberId', serviceName: 'events' },
      },
    ]);
  });

  it('lets a member register only themself', async () => {
    expect(errorsOf(await register(goldOnly, memberId(20), { as: asMember(memberId(1)) }))).toEqual([
      {
        message: 'Only staff and the member themself may use Mutation.registerForEvent.',
        path: ['registerForEvent'],
        extensions: { code: 'FORBIDDEN', field: 'Mutation.registerForEvent', reason: 'STAFF_OR_SELF', serviceName: 'events' },
      },
    ]);
  });

  it('registers once however often a request with a key is retried', async () => {
    const first = await register(goldOnly, memberId(20), { key: 'retry-gold-day-1' });
    expect(first.errors?.[0]?.extensions?.reason).toBe('ALREADY_REGISTERED');
    await insertMemberCopies(database.handle.db, [{ memberId: memberId(30), tierId: 'gold' }]);
    const keyed = await register(goldOnly, memberId(30), { key: 'retry-gold-day-2' });
    const retry = await register(goldOnly, memberId(30), { key: 'retry-gold-day-2' });
    expect(keyed.errors).toBeUndefined();
    expect(retry.data).toEqual(keyed.data);
  });

  it('follows the tier and status copies kept from loyalty.TierChanged and members.MemberStatusChanged', async () => {
    const newcomer = memberId(40);
    const record = (type: string, source: string, payload: Record<string, unknown>) =>
      database.handle.db.transaction((tx) => recordEvent(tx, { type, source, payload }));
    await record('members.MemberStatusChanged', 'members', {
      memberId: newcomer, fromStatus: 'PROSPECT', toStatus: 'ACTIVE', reason: 'ADMITTED', effectiveAt: '2026-11-01T02:00:00.000Z',
    });
    // Arrives after a later one and is ignored: the member stays ACTIVE.
    await record('members.MemberStatusChanged', 'members', {
      memberId: newcomer, fromStatus: null, toStatus: 'PROSPECT', reason: 'APPLIED', effectiveAt: '2026-10-01T02:00:00.000Z',
    });
    await record('loyalty.TierChanged', 'loyalty', { memberId: newcomer, fromTier: null, toTier: 'gold', reason: 'ADMISSION', effectiveOn: '2026-11-01' });
    await record('loyalty.TierChanged', 'loyalty', { memberId: newcomer, fromTier: null, toTier: 'bronze', reason: 'ADMISSION', effectiveOn: '2026-10-01' });
    await gateway.events.drain();

    expect(await rowsOf(sql`select status from events.member_statuses where member_id = ${newcomer}`)).toEqual([{ status: 'ACTIVE' }]);
    expect((await registered(goldOnly, newcomer)).status).toBe('CONFIRMED');

    await record('members.MemberStatusChanged', 'members', {
      memberId: newcomer, fromStatus: 'ACTIVE', toStatus: 'SUSPENDED', reason: 'STAFF_DECISION', effectiveAt: '2026-12-01T02:00:00.000Z',
    });
    await gateway.events.drain();
    expect(errorsOf(await register(small, newcomer))?.[0]?.extensions?.reason).toBe('MEMBER_NOT_ACTIVE');
  });
});

describe('Mutation.cancelRegistration', () => {
  it('gives a confirmed seat to the first member on the waitlist in the same request', async () => {
    const [first] = await rowsOf<{ id: string }>(sql`select id from events.registrations where event_id = ${small} and member_id = ${memberId(1)}`);
    expect((await cancel(first!.id, asMember(memberId(1)))).data).toEqual({ cancelRegistration: { status: 'CANCELLED', cancellationReason: 'MEMBER' } });
    expect(await seatsOf(small)).toEqual({
      confirmedCount: 2,
      waitlistCount: 1,
      seatsLeft: 0,
      registrations: [
        [memberId(1), 'CANCELLED', null],
        [memberId(2), 'CONFIRMED', null],
        [memberId(3), 'CONFIRMED', null],
        [memberId(4), 'WAITLISTED', 1],
      ],
    });
  });

  it('moves the waitlist up when a waiting member cancels, and lets a cancelled member register again at the back', async () => {
    await registered(small, memberId(5));
    const [waiting] = await rowsOf<{ id: string }>(sql`select id from events.registrations where event_id = ${small} and member_id = ${memberId(4)}`);
    expect((await cancel(waiting!.id)).data).toEqual({ cancelRegistration: { status: 'CANCELLED', cancellationReason: 'STAFF' } });
    expect(await registered(small, memberId(1))).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
    expect((await seatsOf(small)).registrations).toEqual([
      [memberId(1), 'CANCELLED', null],
      [memberId(2), 'CONFIRMED', null],
      [memberId(3), 'CONFIRMED', null],
      [memberId(4), 'CANCELLED', null],
      [memberId(5), 'WAITLISTED', 1],
      [memberId(1), 'WAITLISTED', 2],
    ]);
  });

  it('refuses to cancel twice, another member\'s registration, and after the start', async () => {
    const [cancelled] = await rowsOf<{ id: string }>(sql`select id from events.registrations where event_id = ${small} and member_id = ${memberId(4)}`);
    expect(errorsOf(await cancel(cancelled!.id))).toEqual([
      {
        message: 'The registration is already CANCELLED.',
        path: ['cancelRegistration'],
        extensions: { code: 'CONFLICT', reason: 'ALREADY_CANCELLED', status: 'CANCELLED', serviceName: 'events' },
      },
    ]);
    const [other] = await rowsOf<{ id: string }>(sql`select id from events.registrations where event_id = ${small} and member_id = ${memberId(2)}`);
    expect(errorsOf(await cancel(other!.id, asMember(memberId(3))))?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      field: 'Mutation.cancelRegistration',
      reason: 'STAFF_OR_SELF',
      serviceName: 'events',
    });

    await database.handle.db.execute(sql`
      insert into events.registrations (id, event_id, member_id, status, registered_at, confirmed_at)
      values ('a0000000-0000-4000-8000-000000000301', ${started}, ${memberId(6)}, 'CONFIRMED', now() - interval '1 day', now() - interval '1 day')`);
    const tooLate = errorsOf(await cancel('a0000000-0000-4000-8000-000000000301'))?.[0];
    expect(tooLate?.extensions).toEqual({ code: 'CONFLICT', reason: 'EVENT_STARTED', status: 'PUBLISHED', serviceName: 'events' });
  });
});

describe('a fee-priced event', () => {
  it('charges the fee with the seat, refunds it when the seat is given up, and charges the member promoted', async () => {
    const seated = await registered(paid, memberId(6));
    const waiting = await registered(paid, memberId(7));
    expect([seated.status, waiting.status]).toEqual(['CONFIRMED', 'WAITLISTED']);
    await cancel(seated.id);

    expect(
      await rowsOf(sql`select member_id, amount_minor, currency, refunded_at is not null as refunded from events.fee_charges where event_id = ${paid} order by charged_at`),
    ).toEqual([
      { member_id: memberId(6), amount_minor: 68000, currency: 'CNY', refunded: true },
      { member_id: memberId(7), amount_minor: 68000, currency: 'CNY', refunded: false },
    ]);
    const recorded = await rowsOf<{ type: string; payload: Record<string, unknown> }>(
      sql`select type, payload from bus.domain_events where type like 'events.EventFee%' order by sequence`,
    );
    expect(recorded.map(({ type, payload }) => [type, payload.registrationId, payload.amountMinor])).toEqual([
      ['events.EventFeeCharged', seated.id, 68000],
      ['events.EventFeeRefunded', seated.id, 68000],
      ['events.EventFeeCharged', waiting.id, 68000],
    ]);
    expect(recorded[0]!.payload).toEqual({
      registrationId: seated.id,
      eventId: paid,
      memberId: memberId(6),
      amountMinor: 68000,
      currency: 'CNY',
      chargedAt: expect.stringMatching(/Z$/),
    });
  });
});

describe('a waitlist promotion', () => {
  it('passes over, with a reason, members no longer ACTIVE or no longer of the minimum tier, and seats the next', async () => {
    const [seated, lapsing, demoted, next] = [50, 51, 52, 53].map(memberId);
    const first = await registered(silverDinner, seated!);
    for (const id of [lapsing, demoted, next]) expect((await registered(silverDinner, id!)).status).toBe('WAITLISTED');

    // While they wait, one member lapses and another drops to bronze.
    const record = (type: string, source: string, payload: Record<string, unknown>) =>
      database.handle.db.transaction((tx) => recordEvent(tx, { type, source, payload }));
    await record('members.MemberStatusChanged', 'members', {
      memberId: lapsing, fromStatus: 'ACTIVE', toStatus: 'LAPSED', reason: 'DUES_UNPAID', effectiveAt: new Date().toISOString(),
    });
    await record('loyalty.TierChanged', 'loyalty', {
      memberId: demoted, fromTier: 'silver', toTier: 'bronze', reason: 'REVIEW_DEMOTION', effectiveOn: new Date().toISOString().slice(0, 10),
    });
    await gateway.events.drain();

    expect((await cancel(first.id, asMember(seated!))).errors).toBeUndefined();
    expect(await seatsOf(silverDinner)).toEqual({
      confirmedCount: 1,
      waitlistCount: 0,
      seatsLeft: 0,
      registrations: [
        [seated, 'CANCELLED', null],
        [lapsing, 'CANCELLED', null],
        [demoted, 'CANCELLED', null],
        [next, 'CONFIRMED', null],
      ],
    });
    expect(
      await rowsOf(sql`select member_id, cancellation_reason from events.registrations where event_id = ${silverDinner} order by sequence`),
    ).toEqual([
      { member_id: seated, cancellation_reason: 'MEMBER' },
      { member_id: lapsing, cancellation_reason: 'MEMBER_NOT_ACTIVE' },
      { member_id: demoted, cancellation_reason: 'BELOW_MINIMUM_TIER' },
      { member_id: next, cancellation_reason: null },
    ]);
  });
});
