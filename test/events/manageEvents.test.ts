import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { insertChapters, insertMemberCopies, insertRegistrations, memberId, moveEvent, registrationId } from '../fixtures/events.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const staff: TokenSubject = { role: 'staff', subject: 's1' };
const shanghaiLead = memberId(1);
const hangzhouLead = memberId(2);
const asMember = (id: string): TokenSubject => ({ role: 'member', memberId: id });

beforeAll(async () => {
  database = await openTestDatabase();
  await insertChapters(database.handle.db, ['shanghai', 'hangzhou']);
  gateway = await startTestGateway(database);

  // The leads reach the events subgraph the way they do in production: staff
  // appoint them in the chapters subgraph, whose LeadAppointed feeds the copy.
  for (const [chapterId, member] of [
    ['shanghai', shanghaiLead],
    ['hangzhou', hangzhouLead],
  ] as const) {
    const appointed = await gateway.request(
      `mutation ($chapterId: ID!, $memberId: ID!) { appointChapterLead(chapterId: $chapterId, memberId: $memberId, role: EVENTS_LEAD) { role } }`,
      { as: staff, variables: { chapterId, memberId: member } },
    );
    expect(appointed.errors).toBeUndefined();
  }
  await gateway.events.drain();
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const errorsOf = (response: GraphQLResponse<unknown>) =>
  response.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }));

const eventFields = `
  id title kind status national chapter { id } startsAt endsAt timeZone startsAtLocal endsAtLocal
  venue { name address city } capacity minimumTier { id } price { fee { amountMinor currency } points }
  confirmedCount waitlistCount seatsLeft
`;

type EventData = Record<string, unknown> & { id: string };

const hour = 3_600_000;
const day = 24 * hour;
/** The instant `hours` hours after `from` (the salon's start by default), as the API writes it. */
const later = (hours: number, from = salonStart) => new Date(from.getTime() + hours * hour).toISOString();
/** The instant as Shanghai's wall clock, which keeps +08:00 all year. */
const inShanghai = (iso: string) => `${new Date(Date.parse(iso) + 8 * hour).toISOString().slice(0, 19)}+08:00`;
/** The day of the last Sunday of a month (0-based) of a year, as UTC midnight. */
function lastSunday(year: number, month: number): Date {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return new Date(last.getTime() - last.getUTCDay() * day);
}

// Events are set from today on, so the salon starts six weeks from now (at
// 11:00 UTC, 19:00 in Shanghai) and the daylight-saving tests use next year's
// changes in Berlin.
const salonStart = new Date(Math.floor(Date.now() / day) * day + 42 * day + 11 * hour);
const nextYear = new Date().getUTCFullYear() + 1;

const salon = {
  title: 'Winter salon',
  kind: 'SALON',
  chapterId: 'shanghai',
  startsAt: later(0),
  endsAt: later(2),
  timeZone: 'Asia/Shanghai',
  venue: { name: 'The Bund Club', address: '1 Zhongshan Road East', city: 'Shanghai' },
  capacity: 30,
};

function createEvent(input: Record<string, unknown>, as: TokenSubject = staff, key?: string) {
  return gateway.request<{ createEvent: EventData }, Record<string, unknown>>(
    `mutation ($input: CreateEventInput!, $key: String) { createEvent(input: $input, idempotencyKey: $key) { ${eventFields} } }`,
    { as, variables: { input, key } },
  );
}

function updateEvent(id: string, input: Record<string, unknown>, as: TokenSubject = staff) {
  return gateway.request<{ updateEvent: EventData }, Record<string, unknown>>(
    `mutation ($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { ${eventFields} } }`,
    { as, variables: { id, input } },
  );
}

function statusChange(mutation: 'publishEvent' | 'cancelEvent', id: string, as: TokenSubject = staff) {
  return gateway.request<Record<string, { status: string }>, { id: string }>(`mutation ($id: ID!) { ${mutation}(id: $id) { status } }`, {
    as,
    variables: { id },
  });
}

async function created(input: Record<string, unknown>, as: TokenSubject = staff): Promise<EventData> {
  const response = await createEvent(input, as);
  expect(response.errors).toBeUndefined();
  return response.data!.createEvent;
}

describe('Mutation.createEvent', () => {
  it('creates a draft chapter event and shows its times in UTC and local time', async () => {
    const event = await created({ ...salon, minimumTierId: 'gold', fee: { amountMinor: 88000, currency: 'CNY' } });
    expect(event).toEqual({
      id: event.id,
      title: 'Winter salon',
      kind: 'SALON',
      status: 'DRAFT',
      national: false,
      chapter: { id: 'shanghai' },
      startsAt: salon.startsAt,
      endsAt: salon.endsAt,
      timeZone: 'Asia/Shanghai',
      startsAtLocal: inShanghai(salon.startsAt),
      endsAtLocal: inShanghai(salon.endsAt),
      venue: { name: 'The Bund Club', address: '1 Zhongshan Road East', city: 'Shanghai' },
      capacity: 30,
      minimumTier: { id: 'gold' },
      price: { fee: { amountMinor: 88000, currency: 'CNY' }, points: null },
      confirmedCount: 0,
      waitlistCount: 0,
      seatsLeft: 30,
    });
  });

  it('keeps the instants of an event across the start of summer time in Berlin, in the letter case IANA gives the zone', async () => {
    // Clocks in Berlin go from 02:00 CET to 03:00 CEST at 01:00 UTC on the
    // last Sunday of March.
    const sunday = lastSunday(nextYear, 2);
    const date = sunday.toISOString().slice(0, 10);
    const event = await created({
      ...salon,
      title: 'Night drive to the Nürburgring',
      kind: 'ROAD_TRIP',
      startsAt: later(-1, sunday),
      endsAt: later(3, sunday),
      timeZone: 'europe/berlin',
      venue: { name: 'Nürburgring', address: 'Otto-Flimm-Straße', city: 'Nürburg' },
    });
    expect(event).toMatchObject({
      startsAt: later(-1, sunday),
      endsAt: later(3, sunday),
      timeZone: 'Europe/Berlin',
      startsAtLocal: `${date}T00:00:00+01:00`,
      endsAtLocal: `${date}T05:00:00+02:00`,
    });
  });

  it('keeps the instants of an event across the end of summer time in Berlin', async () => {
    // Clocks go back from 03:00 CEST to 02:00 CET at 01:00 UTC on the last
    // Sunday of October: 01:30 UTC is 02:30 CET.
    const sunday = lastSunday(nextYear, 9);
    const date = sunday.toISOString().slice(0, 10);
    const event = await created({ ...salon, startsAt: later(-0.5, sunday), endsAt: later(1.5, sunday), timeZone: 'Europe/Berlin' });
    expect(event).toMatchObject({ startsAtLocal: `${date}T01:30:00+02:00`, endsAtLocal: `${date}T02:30:00+01:00` });
  });

  it('shows an event that spans midnight ending on the next local day', async () => {
    const event = await created({ ...salon, startsAt: later(3), endsAt: later(6.5) });
    const nextDay = new Date(salonStart.getTime() + day).toISOString().slice(0, 10);
    expect(event).toMatchObject({ startsAtLocal: inShanghai(later(3)), endsAtLocal: `${nextDay}T01:30:00+08:00` });
  });

  it('keeps a valid IANA name as given, never turned into another zone\'s name', async () => {
    // ICU knows "CET" as Brussels and "Asia/Kolkata" by its old name
    // "Asia/Calcutta"; the event keeps the name its organiser chose.
    const winter = new Date(Date.UTC(nextYear, 0, 15, 11));
    for (const [timeZone, startsAtLocal] of [
      ['CET', `${nextYear}-01-15T12:00:00+01:00`],
      ['Asia/Kolkata', `${nextYear}-01-15T16:30:00+05:30`],
      ['Europe/Kyiv', `${nextYear}-01-15T13:00:00+02:00`],
    ] as const) {
      const event = await created({ ...salon, startsAt: later(0, winter), endsAt: later(2, winter), timeZone });
      expect(event, timeZone).toMatchObject({ timeZone, startsAtLocal });
    }
  });

  it('puts the letter case of any IANA name right, "utc" as "europe/berlin"', async () => {
    const winter = new Date(Date.UTC(nextYear, 0, 15, 11));
    for (const [given, timeZone, startsAtLocal] of [
      ['utc', 'UTC', `${nextYear}-01-15T11:00:00+00:00`],
      ['etc/utc', 'Etc/UTC', `${nextYear}-01-15T11:00:00+00:00`],
      ['cet', 'CET', `${nextYear}-01-15T12:00:00+01:00`],
      ['asia/kolkata', 'Asia/Kolkata', `${nextYear}-01-15T16:30:00+05:30`],
    ] as const) {
      const event = await created({ ...salon, startsAt: later(0, winter), endsAt: later(2, winter), timeZone: given });
      expect(event, given).toMatchObject({ timeZone, startsAtLocal });
    }
  });

  it('refuses a legacy abbreviation ICU takes but IANA does not name, naming the field', async () => {
    const response = await createEvent({ ...salon, timeZone: 'IST' });
    expect(response.errors).toEqual([
      {
        message: 'Variable "$input" got invalid value "IST" at "input.timeZone"; TimeZone must be an IANA time zone name such as "Asia/Shanghai"; got "IST".',
        locations: [{ line: 1, column: 11 }],
        extensions: { code: 'BAD_USER_INPUT', argument: 'input.timeZone' },
      },
    ]);
  });

  it('creates a national online event with a points price, without a venue', async () => {
    const event = await created({
      ...salon,
      title: 'EV range talk',
      kind: 'ONLINE',
      chapterId: null,
      venue: null,
      timeZone: 'UTC',
      pointsPrice: 500,
    });
    expect(event).toMatchObject({ national: true, chapter: null, venue: null, price: { fee: null, points: 500 } });
  });

  it('lets a lead create an event of their chapter, and no other', async () => {
    const own = await createEvent(salon, asMember(shanghaiLead));
    expect(own.errors).toBeUndefined();
    expect(own.data!.createEvent).toMatchObject({ status: 'DRAFT', chapter: { id: 'shanghai' } });

    const forbidden = (scope: string) => [
      {
        message: `Only staff and the chapter's leads may use Mutation.createEvent, and only staff for national events: the viewer may not manage ${scope}.`,
        path: ['createEvent'],
        extensions: { code: 'FORBIDDEN', field: 'Mutation.createEvent', reason: 'STAFF_OR_CHAPTER_LEAD', serviceName: 'events' },
      },
    ];
    expect(errorsOf(await createEvent(salon, asMember(hangzhouLead)))).toEqual(forbidden('events of the chapter "shanghai"'));
    expect(errorsOf(await createEvent({ ...salon, chapterId: null }, asMember(shanghaiLead)))).toEqual(forbidden('national events'));
    expect(errorsOf(await createEvent(salon, asMember(memberId(9))))).toEqual(forbidden('events of the chapter "shanghai"'));
    expect(errorsOf(await createEvent(salon, { role: 'partner', partnerId: memberId(8) }))).toEqual(forbidden('events of the chapter "shanghai"'));
  });

  it('refuses a chapter that does not exist as not found, naming the input field', async () => {
    const notFound = [
      {
        message: 'No chapter has id "atlantis".',
        path: ['createEvent'],
        extensions: { code: 'NOT_FOUND', argument: 'input.chapterId', serviceName: 'events' },
      },
    ];
    expect(errorsOf(await createEvent({ ...salon, chapterId: 'atlantis' }))).toEqual(notFound);
    expect(errorsOf(await createEvent({ ...salon, title: 'Atlantis salon', chapterId: 'atlantis' }, staff, 'create-in-atlantis'))).toEqual(notFound);
    const drafts = await gateway.request<{ events: { totalCount: number } }, Record<string, never>>(
      `{ events(filter: { chapterId: "atlantis" }) { totalCount } }`,
      { as: staff },
    );
    expect(drafts.data).toEqual({ events: { totalCount: 0 } });
  });

  it('names the input field of each invalid value', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ endsAt: salon.startsAt }, 'input.endsAt', 'Argument "input.endsAt" must leave the end after the start.'],
      [{ endsAt: later(-1) }, 'input.endsAt', 'Argument "input.endsAt" must leave the end after the start.'],
      [{ capacity: 0 }, 'input.capacity', 'Argument "input.capacity" must be a whole number from 1 to 100000; got 0.'],
      [
        { fee: { amountMinor: 10000, currency: 'CNY' }, pointsPrice: 300 },
        'input.pointsPrice',
        'Argument "input.pointsPrice" cannot be set together with a fee: an event costs a fee or points, not both.',
      ],
      [{ venue: null }, 'input.venue', 'Argument "input.venue" is required for a SALON event.'],
      [{ venue: undefined }, 'input.venue', 'Argument "input.venue" is required for a SALON event.'],
      [{ kind: 'TRACK_DAY', venue: undefined }, 'input.venue', 'Argument "input.venue" is required for a TRACK_DAY event.'],
      [{ kind: 'ONLINE' }, 'input.venue', 'Argument "input.venue" must be null for an ONLINE event.'],
      [{ minimumTierId: 'titanium' }, 'input.minimumTierId', 'Argument "input.minimumTierId" must be one of "bronze", "silver", "gold", "platinum", "diamond"; got "titanium".'],
      [{ title: '  ' }, 'input.title', 'Argument "input.title" must be 1 to 200 characters.'],
      [{ pointsPrice: -5 }, 'input.pointsPrice', 'Argument "input.pointsPrice" must be a whole number from 1 to 1000000; got -5.'],
      [
        { fee: { amountMinor: 10000, currency: 'usd' } },
        'input.fee.currency',
        'Argument "input.fee.currency" must be an upper-case ISO 4217 code such as "CNY"; got "usd".',
      ],
      [{ startsAt: later(-43 * 24) }, 'input.startsAt', 'Argument "input.startsAt" must not be in the past.'],
      [{ startsAt: '2020-01-01T00:00:00.000Z', endsAt: '2020-01-01T02:00:00.000Z' }, 'input.startsAt', 'Argument "input.startsAt" must not be in the past.'],
      [{ endsAt: '9999-12-31T23:59:59.000Z' }, 'input.endsAt', 'Argument "input.endsAt" must be within 10 years from now.'],
      [
        { startsAt: '9999-12-31T20:00:00.000Z', endsAt: '9999-12-31T23:59:59.000Z' },
        'input.startsAt',
        'Argument "input.startsAt" must be within 10 years from now.',
      ],
    ];
    for (const [change, argument, message] of cases) {
      expect(errorsOf(await createEvent({ ...salon, ...change })), argument).toEqual([
        { message, path: ['createEvent'], extensions: { code: 'BAD_USER_INPUT', argument, serviceName: 'events' } },
      ]);
    }
  });

  it('refuses an unknown time zone as bad input naming the field', async () => {
    const response = await createEvent({ ...salon, timeZone: 'Mars/Olympus_Mons' });
    expect(response.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'input.timeZone' }]);

    const literal = await gateway.request(
      `mutation { createEvent(input: { title: "x", kind: SALON, startsAt: "2027-01-15T11:00:00Z", endsAt: "2027-01-15T12:00:00Z",
        timeZone: "Mars/Olympus_Mons", capacity: 3, venue: { name: "a", address: "b", city: "c" } }) { id } }`,
      { as: staff },
    );
    expect(literal.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'input.timeZone' }]);
  });

  it('creates one event however often a request with a key is retried', async () => {
    const first = await createEvent({ ...salon, title: 'Keyed salon' }, staff, 'create-keyed-salon');
    const retry = await createEvent({ ...salon, title: 'Keyed salon' }, staff, 'create-keyed-salon');
    expect(retry.data).toEqual(first.data);
    const listed = await gateway.request<{ events: { totalCount: number } }, Record<string, never>>(
      `{ events(filter: { chapterId: "shanghai", status: DRAFT }) { totalCount edges { node { title } } } }`,
      { as: staff },
    );
    expect((listed.data!.events as unknown as { edges: { node: { title: string } }[] }).edges.filter((edge) => edge.node.title === 'Keyed salon')).toHaveLength(1);
  });
});

describe('Mutation.updateEvent', () => {
  it('changes the fields given, keeps the others and clears those set to null', async () => {
    const event = await created({ ...salon, minimumTierId: 'silver', fee: { amountMinor: 5000, currency: 'CNY' } });
    const response = await updateEvent(event.id, { title: 'Winter salon, moved', capacity: 12, fee: null, pointsPrice: 800, minimumTierId: null });
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateEvent).toEqual({
      ...event,
      title: 'Winter salon, moved',
      capacity: 12,
      seatsLeft: 12,
      minimumTier: null,
      price: { fee: null, points: 800 },
    });
  });

  it('names the field that breaks a rule together with the event as stored', async () => {
    const event = await created(salon);
    expect(errorsOf(await updateEvent(event.id, { startsAt: later(3) }))).toEqual([
      {
        message: 'Argument "input.startsAt" must leave the end after the start.',
        path: ['updateEvent'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'input.startsAt', serviceName: 'events' },
      },
    ]);
    expect(errorsOf(await updateEvent(event.id, { title: null }))).toEqual([
      {
        message: 'Argument "input.title" cannot be null: leave it out to keep the value.',
        path: ['updateEvent'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'input.title', serviceName: 'events' },
      },
    ]);
    expect(errorsOf(await updateEvent(event.id, { kind: 'ONLINE' }))).toEqual([
      {
        message: 'Argument "input.venue" must be null for an ONLINE event.',
        path: ['updateEvent'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'input.venue', serviceName: 'events' },
      },
    ]);
    expect(errorsOf(await updateEvent(event.id, { fee: { amountMinor: 100, currency: 'CNY' }, pointsPrice: 10 }))?.[0]?.message).toBe(
      'Argument "input.pointsPrice" cannot be set together with a fee: an event costs a fee or points, not both.',
    );
    const priced = await created({ ...salon, pointsPrice: 300 });
    expect(errorsOf(await updateEvent(priced.id, { fee: { amountMinor: 100, currency: 'CNY' } }))?.[0]?.message).toBe(
      'Argument "input.fee" cannot be set together with a points price: an event costs a fee or points, not both.',
    );
  });

  it('refuses to move an event into the past, beyond the horizon or to a chapter that does not exist', async () => {
    const event = await created(salon);
    const refusal = (argument: string, message: string) => [
      { message, path: ['updateEvent'], extensions: { code: 'BAD_USER_INPUT', argument, serviceName: 'events' } },
    ];
    expect(errorsOf(await updateEvent(event.id, { startsAt: later(-43 * 24) }))).toEqual(
      refusal('input.startsAt', 'Argument "input.startsAt" must not be in the past.'),
    );
    expect(errorsOf(await updateEvent(event.id, { endsAt: '9999-12-31T23:59:59.000Z' }))).toEqual(
      refusal('input.endsAt', 'Argument "input.endsAt" must be within 10 years from now.'),
    );
    expect(errorsOf(await updateEvent(event.id, { timeZone: 'Mars/Olympus_Mons' }))?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'input.timeZone',
    });
    expect(errorsOf(await updateEvent(event.id, { chapterId: 'atlantis' }))).toEqual([
      { message: 'No chapter has id "atlantis".', path: ['updateEvent'], extensions: { code: 'NOT_FOUND', argument: 'input.chapterId', serviceName: 'events' } },
    ]);
    // The start and end as stored may be sent back unchanged.
    const same = await updateEvent(event.id, { startsAt: event.startsAt, endsAt: event.endsAt, timeZone: 'CET' });
    expect(same.errors).toBeUndefined();
    expect(same.data!.updateEvent).toMatchObject({ startsAt: event.startsAt, timeZone: 'CET' });
  });

  it('refuses a capacity below the seats held, and promotes the waitlist when it grows', async () => {
    const event = await created({ ...salon, capacity: 2 });
    await insertMemberCopies(database.handle.db, [11, 12, 13, 14].map((n) => ({ memberId: memberId(n) })));
    await insertRegistrations(database.handle.db, [
      { id: registrationId(11), eventId: event.id, memberId: memberId(11) },
      { id: registrationId(12), eventId: event.id, memberId: memberId(12), status: 'PENDING_PAYMENT', pointsCharged: 100 },
      { id: registrationId(13), eventId: event.id, memberId: memberId(13), status: 'WAITLISTED' },
      { id: registrationId(14), eventId: event.id, memberId: memberId(14), status: 'WAITLISTED' },
    ]);
    expect((await statusChange('publishEvent', event.id)).errors).toBeUndefined();

    expect(errorsOf(await updateEvent(event.id, { capacity: 1 }))).toEqual([
      {
        message: 'The event "Winter salon" has 2 seats confirmed or pending payment: its capacity cannot go below 2.',
        path: ['updateEvent'],
        extensions: { code: 'CONFLICT', reason: 'CAPACITY_BELOW_CONFIRMED', status: 'PUBLISHED', serviceName: 'events' },
      },
    ]);

    const grown = await updateEvent(event.id, { capacity: 3 });
    expect(grown.data!.updateEvent).toMatchObject({ capacity: 3, confirmedCount: 2, waitlistCount: 1, seatsLeft: 0 });
    const registrations = await gateway.request<{ event: { registrations: { edges: { node: unknown }[] } } }, { id: string }>(
      `query ($id: ID!) { event(id: $id) { registrations { edges { node { member { id } status waitlistPosition } } } } }`,
      { as: staff, variables: { id: event.id } },
    );
    expect(registrations.data!.event.registrations.edges.map((edge) => edge.node)).toEqual([
      { member: { id: memberId(11) }, status: 'CONFIRMED', waitlistPosition: null },
      { member: { id: memberId(12) }, status: 'PENDING_PAYMENT', waitlistPosition: null },
      { member: { id: memberId(13) }, status: 'CONFIRMED', waitlistPosition: null },
      { member: { id: memberId(14) }, status: 'WAITLISTED', waitlistPosition: 1 },
    ]);
  });

  it('lets a lead move an event only to a chapter they also lead', async () => {
    const event = await created(salon, asMember(shanghaiLead));
    expect(errorsOf(await updateEvent(event.id, { chapterId: 'hangzhou' }, asMember(shanghaiLead)))?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      field: 'Mutation.updateEvent',
      reason: 'STAFF_OR_CHAPTER_LEAD',
      serviceName: 'events',
    });
    expect((await updateEvent(event.id, { chapterId: 'hangzhou' })).data!.updateEvent.chapter).toEqual({ id: 'hangzhou' });
  });

  it('names the argument of an unknown event', async () => {
    const unknown = 'e0000000-0000-4000-8000-000000000999';
    expect(errorsOf(await updateEvent(unknown, { capacity: 5 }))).toEqual([
      { message: `No event has id "${unknown}".`, path: ['updateEvent'], extensions: { code: 'NOT_FOUND', argument: 'id', serviceName: 'events' } },
    ]);
  });
});

describe('Mutation.publishEvent and Mutation.cancelEvent', () => {
  it('publishes a draft once, and refuses to publish it again naming its status', async () => {
    const event = await created(salon, asMember(shanghaiLead));
    expect((await statusChange('publishEvent', event.id, asMember(shanghaiLead))).data).toEqual({ publishEvent: { status: 'PUBLISHED' } });
    expect(errorsOf(await statusChange('publishEvent', event.id))).toEqual([
      {
        message: 'The event "Winter salon" is PUBLISHED, not a DRAFT.',
        path: ['publishEvent'],
        extensions: { code: 'CONFLICT', reason: 'EVENT_NOT_DRAFT', status: 'PUBLISHED', serviceName: 'events' },
      },
    ]);
  });

  it('cancels an event with every registration, and refuses any change after', async () => {
    const event = await created({ ...salon, capacity: 1 });
    await statusChange('publishEvent', event.id);
    await insertMemberCopies(database.handle.db, [21, 22].map((n) => ({ memberId: memberId(n) })));
    await insertRegistrations(database.handle.db, [
      { id: registrationId(21), eventId: event.id, memberId: memberId(21) },
      { id: registrationId(22), eventId: event.id, memberId: memberId(22), status: 'WAITLISTED' },
    ]);

    expect((await statusChange('cancelEvent', event.id, asMember(hangzhouLead))).errors?.[0]?.extensions?.reason).toBe('STAFF_OR_CHAPTER_LEAD');
    expect((await statusChange('cancelEvent', event.id)).data).toEqual({ cancelEvent: { status: 'CANCELLED' } });
    const after = await gateway.request<{ event: unknown }, { id: string }>(
      `query ($id: ID!) { event(id: $id) { confirmedCount waitlistCount registrations { edges { node { status cancellationReason } } } } }`,
      { as: staff, variables: { id: event.id } },
    );
    expect(after.data).toEqual({
      event: {
        confirmedCount: 0,
        waitlistCount: 0,
        registrations: {
          edges: [
            { node: { status: 'CANCELLED', cancellationReason: 'EVENT_CANCELLED' } },
            { node: { status: 'CANCELLED', cancellationReason: 'EVENT_CANCELLED' } },
          ],
        },
      },
    });

    const conflict = {
      message: 'The event "Winter salon" is CANCELLED.',
      extensions: { code: 'CONFLICT', reason: 'EVENT_CANCELLED', status: 'CANCELLED', serviceName: 'events' },
    };
    expect(errorsOf(await statusChange('cancelEvent', event.id))).toEqual([{ ...conflict, path: ['cancelEvent'] }]);
    expect(errorsOf(await updateEvent(event.id, { capacity: 4 }))).toEqual([{ ...conflict, path: ['updateEvent'] }]);
  });

  it('refuses to change or call off an event that has ended, naming its end', async () => {
    const event = await created({ ...salon, capacity: 1 });
    await statusChange('publishEvent', event.id);
    await insertMemberCopies(database.handle.db, [31, 32].map((n) => ({ memberId: memberId(n) })));
    await insertRegistrations(database.handle.db, [
      { id: registrationId(31), eventId: event.id, memberId: memberId(31), checkedInAt: new Date() },
      { id: registrationId(32), eventId: event.id, memberId: memberId(32), status: 'WAITLISTED' },
    ]);
    const endedAt = new Date(Date.now() - hour);
    await moveEvent(database.handle.db, event.id, { startsAt: new Date(endedAt.getTime() - 2 * hour), endsAt: endedAt });

    const ended = (path: string, what: string) => [
      {
        message: `The event "Winter salon" ended at ${endedAt.toISOString()}: it can no longer be ${what}.`,
        path: [path],
        extensions: { code: 'CONFLICT', reason: 'EVENT_ENDED', status: 'PUBLISHED', serviceName: 'events' },
      },
    ];
    // A bigger capacity would have promoted the waitlist after the event,
    // and new dates would have carried its check-ins into the future.
    expect(errorsOf(await updateEvent(event.id, { capacity: 2 }))).toEqual(ended('updateEvent', 'changed'));
    expect(errorsOf(await updateEvent(event.id, { startsAt: later(0), endsAt: later(2) }))).toEqual(ended('updateEvent', 'changed'));
    expect(errorsOf(await statusChange('cancelEvent', event.id))).toEqual(ended('cancelEvent', 'called off'));

    const after = await gateway.request<{ event: unknown }, { id: string }>(
      `query ($id: ID!) { event(id: $id) { status capacity endsAt attendedCount registrations { edges { node { status checkedInAt } } } } }`,
      { as: staff, variables: { id: event.id } },
    );
    expect(after.data).toEqual({
      event: {
        status: 'PUBLISHED',
        capacity: 1,
        endsAt: endedAt.toISOString(),
        attendedCount: 1,
        registrations: {
          edges: [
            { node: { status: 'CONFIRMED', checkedInAt: expect.stringMatching(/Z$/) } },
            { node: { status: 'WAITLISTED', checkedInAt: null } },
          ],
        },
      },
    });
  });

  it('calls off an event under way without undoing the attendance of members who checked in', async () => {
    const event = await created({ ...salon, capacity: 3, fee: { amountMinor: 20000, currency: 'CNY' } });
    await statusChange('publishEvent', event.id);
    const [present, absent, waiting, late] = [41, 42, 43, 44].map(memberId);
    await insertMemberCopies(database.handle.db, [present, absent, waiting, late].map((id) => ({ memberId: id! })));
    const registrationOf = new Map<string, string>();
    for (const id of [present, absent, late, waiting]) {
      const registered = await gateway.request<{ registerForEvent: { id: string } }, Record<string, string>>(
        `mutation ($eventId: ID!, $memberId: ID!) { registerForEvent(eventId: $eventId, memberId: $memberId) { id } }`,
        { as: staff, variables: { eventId: event.id, memberId: id! } },
      );
      expect(registered.errors).toBeUndefined();
      registrationOf.set(id!, registered.data!.registerForEvent.id);
    }

    // The event is under way: it started an hour ago and ends in an hour.
    const startedAt = new Date(Date.now() - hour);
    await moveEvent(database.handle.db, event.id, { startsAt: startedAt, endsAt: new Date(Date.now() + hour) });
    const checkedIn = await gateway.request(`mutation ($id: ID!) { checkIn(registrationId: $id) { status } }`, {
      as: staff,
      variables: { id: registrationOf.get(present!) },
    });
    expect(checkedIn.errors).toBeUndefined();

    // Its details as stored may still be sent back while it runs.
    const resent = await updateEvent(event.id, { title: 'Winter salon', startsAt: startedAt.toISOString() });
    expect(resent.errors).toBeUndefined();

    expect((await statusChange('cancelEvent', event.id)).data).toEqual({ cancelEvent: { status: 'CANCELLED' } });
    const after = await gateway.request<{ event: unknown }, { id: string }>(
      `query ($id: ID!) { event(id: $id) {
        confirmedCount waitlistCount attendedCount participationRate
        registrations { edges { node { member { id } status checkedInAt cancellationReason } } } } }`,
      { as: staff, variables: { id: event.id } },
    );
    expect(after.data).toEqual({
      event: {
        confirmedCount: 1,
        waitlistCount: 0,
        attendedCount: 1,
        participationRate: 1,
        registrations: {
          edges: [
            { node: { member: { id: present }, status: 'CONFIRMED', checkedInAt: expect.stringMatching(/Z$/), cancellationReason: null } },
            { node: { member: { id: absent }, status: 'CANCELLED', checkedInAt: null, cancellationReason: 'EVENT_CANCELLED' } },
            { node: { member: { id: late }, status: 'CANCELLED', checkedInAt: null, cancellationReason: 'EVENT_CANCELLED' } },
            { node: { member: { id: waiting }, status: 'CANCELLED', checkedInAt: null, cancellationReason: 'EVENT_CANCELLED' } },
          ],
        },
      },
    });

    // The fees of the seats given up are refunded; the attendee's stays paid.
    const refunds = await database.handle.db.execute(
      sql`select payload->>'memberId' as member from bus.domain_events where type = 'events.EventFeeRefunded' and payload->>'eventId' = ${event.id}`,
    );
    const refunded = (Array.isArray(refunds) ? refunds : (refunds as { rows: unknown[] }).rows) as { member: string }[];
    expect(refunded.map((row) => row.member).sort()).toEqual([absent, late].sort());

    // Once it is over, the attendee rates it.
    await moveEvent(database.handle.db, event.id, { startsAt: startedAt, endsAt: new Date(Date.now() - 60_000) });
    const rated = await gateway.request<{ rateEvent: unknown }, Record<string, unknown>>(
      `mutation ($id: ID!) { rateEvent(registrationId: $id, input: { satisfaction: 4, likelyToRecommend: 9 }) { status rating { satisfaction } } }`,
      { as: asMember(present!), variables: { id: registrationOf.get(present!) } },
    );
    expect(rated.errors).toBeUndefined();
    expect(rated.data).toEqual({ rateEvent: { status: 'CONFIRMED', rating: { satisfaction: 4 } } });
  });
});
