import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { insertChapters, insertMemberCopies, insertRegistrations, memberId, registrationId } from '../fixtures/events.js';
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

const salon = {
  title: 'Winter salon',
  kind: 'SALON',
  chapterId: 'shanghai',
  startsAt: '2027-01-15T11:00:00.000Z',
  endsAt: '2027-01-15T13:00:00.000Z',
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
      startsAt: '2027-01-15T11:00:00.000Z',
      endsAt: '2027-01-15T13:00:00.000Z',
      timeZone: 'Asia/Shanghai',
      startsAtLocal: '2027-01-15T19:00:00+08:00',
      endsAtLocal: '2027-01-15T21:00:00+08:00',
      venue: { name: 'The Bund Club', address: '1 Zhongshan Road East', city: 'Shanghai' },
      capacity: 30,
      minimumTier: { id: 'gold' },
      price: { fee: { amountMinor: 88000, currency: 'CNY' }, points: null },
      confirmedCount: 0,
      waitlistCount: 0,
      seatsLeft: 30,
    });
  });

  it('keeps the instants of an event across the start of summer time in Berlin, in the spelling IANA gives the zone', async () => {
    // Clocks in Berlin go from 02:00 CET to 03:00 CEST on 28 March 2027.
    const event = await created({
      ...salon,
      title: 'Night drive to the Nürburgring',
      kind: 'ROAD_TRIP',
      startsAt: '2027-03-27T23:00:00.000Z',
      endsAt: '2027-03-28T03:00:00.000Z',
      timeZone: 'europe/berlin',
      venue: { name: 'Nürburgring', address: 'Otto-Flimm-Straße', city: 'Nürburg' },
    });
    expect(event).toMatchObject({
      startsAt: '2027-03-27T23:00:00.000Z',
      endsAt: '2027-03-28T03:00:00.000Z',
      timeZone: 'Europe/Berlin',
      startsAtLocal: '2027-03-28T00:00:00+01:00',
      endsAtLocal: '2027-03-28T05:00:00+02:00',
    });
  });

  it('keeps the instants of an event across the end of summer time in Berlin', async () => {
    // Clocks go back from 03:00 CEST to 02:00 CET on 31 October 2027: 01:30 UTC is 02:30 CET.
    const event = await created({ ...salon, startsAt: '2027-10-30T23:30:00.000Z', endsAt: '2027-10-31T01:30:00.000Z', timeZone: 'Europe/Berlin' });
    expect(event).toMatchObject({ startsAtLocal: '2027-10-31T01:30:00+02:00', endsAtLocal: '2027-10-31T02:30:00+01:00' });
  });

  it('shows an event that spans midnight ending on the next local day', async () => {
    const event = await created({ ...salon, startsAt: '2027-01-15T14:00:00.000Z', endsAt: '2027-01-15T17:30:00.000Z' });
    expect(event).toMatchObject({ startsAtLocal: '2027-01-15T22:00:00+08:00', endsAtLocal: '2027-01-16T01:30:00+08:00' });
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

  it('names the input field of each invalid value', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ endsAt: salon.startsAt }, 'input.endsAt', 'Argument "input.endsAt" must leave the end after the start.'],
      [{ endsAt: '2027-01-15T10:00:00.000Z' }, 'input.endsAt', 'Argument "input.endsAt" must leave the end after the start.'],
      [{ capacity: 0 }, 'input.capacity', 'Argument "input.capacity" must be a whole number from 1 to 100000; got 0.'],
      [
        { fee: { amountMinor: 10000, currency: 'CNY' }, pointsPrice: 300 },
        'input.pointsPrice',
        'Argument "input.pointsPrice" cannot be set together with a fee: an event costs a fee or points, not both.',
      ],
      [{ venue: null }, 'input.venue', 'Argument "input.venue" is required for a SALON event.'],
      [{ kind: 'ONLINE' }, 'input.venue', 'Argument "input.venue" must be null for an ONLINE event.'],
      [{ minimumTierId: 'titanium' }, 'input.minimumTierId', 'Argument "input.minimumTierId" must be one of "bronze", "silver", "gold", "platinum", "diamond"; got "titanium".'],
      [{ title: '  ' }, 'input.title', 'Argument "input.title" must be 1 to 200 characters.'],
      [{ pointsPrice: -5 }, 'input.pointsPrice', 'Argument "input.pointsPrice" must be a whole number from 1 to 1000000; got -5.'],
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
    expect(errorsOf(await updateEvent(event.id, { startsAt: '2027-01-15T14:00:00.000Z' }))).toEqual([
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
    expect(errorsOf(await updateEvent(event.id, { kind: 'ONLINE' }))?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'input.kind',
      serviceName: 'events',
    });
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
        extensions: { code: 'CONFLICT', reason: 'CAPACITY_BELOW_CONFIRMED', serviceName: 'events' },
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
        extensions: { code: 'CONFLICT', reason: 'EVENT_NOT_DRAFT', serviceName: 'events' },
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
      extensions: { code: 'CONFLICT', reason: 'EVENT_CANCELLED', serviceName: 'events' },
    };
    expect(errorsOf(await statusChange('cancelEvent', event.id))).toEqual([{ ...conflict, path: ['cancelEvent'] }]);
    expect(errorsOf(await updateEvent(event.id, { capacity: 4 }))).toEqual([{ ...conflict, path: ['updateEvent'] }]);
  });
});
