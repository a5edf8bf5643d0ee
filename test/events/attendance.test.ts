import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { eventId, insertChapters, insertEvents, insertMemberCopies, memberId, moveEvent } from '../fixtures/events.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const staff: TokenSubject = { role: 'staff', subject: 's1' };
const asMember = (id: string): TokenSubject => ({ role: 'member', memberId: id });
const hour = 3_600_000;
const trackDay = eventId(1);
const lead = memberId(50);
/** Four confirmed members and one who waits; the capacity is four. */
const attendees = [1, 2, 3, 4].map(memberId);
const waiting = memberId(5);
const registrations = new Map<string, string>();

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertChapters(db, ['shanghai']);
  await insertEvents(db, [
    {
      id: trackDay,
      title: 'Track day',
      kind: 'TRACK_DAY',
      capacity: 4,
      startsAt: new Date(Date.now() + 5 * hour),
      endsAt: new Date(Date.now() + 9 * hour),
    },
  ]);
  await insertMemberCopies(db, [...attendees, waiting].map((id) => ({ memberId: id })));
  await db.execute(sql`insert into events.chapter_leads values ('shanghai', ${lead}, 'EVENTS_LEAD', true, now())`);
  gateway = await startTestGateway(database);
  for (const id of [...attendees, waiting]) {
    const response = await gateway.request<{ registerForEvent: { id: string } }, Record<string, string>>(
      `mutation ($eventId: ID!, $memberId: ID!) { registerForEvent(eventId: $eventId, memberId: $memberId) { id } }`,
      { as: asMember(id), variables: { eventId: trackDay, memberId: id } },
    );
    registrations.set(id, response.data!.registerForEvent.id);
  }
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const errorsOf = (response: GraphQLResponse<unknown>) =>
  response.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }));

function checkIn(member: string, as: TokenSubject = staff) {
  return gateway.request<{ checkIn: { checkedInAt: string | null; status: string } }, { id: string }>(
    `mutation ($id: ID!) { checkIn(registrationId: $id) { status checkedInAt } }`,
    { as, variables: { id: registrations.get(member)! } },
  );
}

function rate(member: string, input: Record<string, unknown>, as: TokenSubject = asMember(member)) {
  return gateway.request<{ rateEvent: { rating: unknown } }, Record<string, unknown>>(
    `mutation ($id: ID!, $input: RatingInput!) { rateEvent(registrationId: $id, input: $input) { rating { satisfaction likelyToRecommend comment } } }`,
    { as, variables: { id: registrations.get(member)!, input } },
  );
}

async function measures() {
  const response = await gateway.request<{ event: unknown }, { id: string }>(
    `query ($id: ID!) { event(id: $id) { confirmedCount attendedCount participationRate ratings { count averageSatisfaction netPromoterScore } } }`,
    { variables: { id: trackDay } },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.event;
}

describe('Mutation.checkIn', () => {
  it('opens two hours before the start', async () => {
    const refused = errorsOf(await checkIn(attendees[0]!))?.[0];
    expect(refused?.extensions).toEqual({ code: 'CONFLICT', reason: 'CHECK_IN_NOT_OPEN', status: 'PUBLISHED', serviceName: 'events' });
    expect(refused?.message).toMatch(/^Check-in for "Track day" opens two hours before its start at \S+Z\.$/);
  });

  it('marks attendance once, records MemberCheckedIn, and feeds the participation rate', async () => {
    await moveEvent(database.handle.db, trackDay, { startsAt: new Date(Date.now() + hour), endsAt: new Date(Date.now() + 5 * hour) });
    const response = await checkIn(attendees[0]!, asMember(lead));
    expect(response.errors).toBeUndefined();
    expect(response.data!.checkIn).toEqual({ status: 'CONFIRMED', checkedInAt: expect.stringMatching(/Z$/) });
    for (const id of attendees.slice(1, 3)) expect((await checkIn(id)).errors).toBeUndefined();

    const result = await database.handle.db.execute(
      sql`select payload from bus.domain_events where type = 'events.MemberCheckedIn' and payload->>'memberId' = ${attendees[0]!}`,
    );
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { payload: Record<string, unknown> }[];
    expect(rows.map((row) => row.payload)).toEqual([
      { registrationId: registrations.get(attendees[0]!), eventId: trackDay, memberId: attendees[0], checkedInAt: response.data!.checkIn.checkedInAt },
    ]);
    expect(await measures()).toEqual({
      confirmedCount: 4,
      attendedCount: 3,
      participationRate: 0.75,
      ratings: { count: 0, averageSatisfaction: null, netPromoterScore: null },
    });
  });

  it('refuses a second check-in, a member without a seat, and anyone but staff and the chapter\'s leads', async () => {
    const again = errorsOf(await checkIn(attendees[0]!));
    expect(again?.[0]?.extensions).toEqual({ code: 'CONFLICT', reason: 'ALREADY_CHECKED_IN', status: 'CONFIRMED', serviceName: 'events' });
    expect(again?.[0]?.message).toMatch(/^The member already checked in at \S+Z\.$/);
    expect(errorsOf(await checkIn(waiting))).toEqual([
      {
        message: 'The registration is WAITLISTED: only confirmed members check in.',
        path: ['checkIn'],
        extensions: { code: 'CONFLICT', reason: 'NOT_CONFIRMED', status: 'WAITLISTED', serviceName: 'events' },
      },
    ]);
    expect(errorsOf(await checkIn(attendees[3]!, asMember(attendees[3]!)))?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      field: 'Mutation.checkIn',
      reason: 'STAFF_OR_CHAPTER_LEAD',
      serviceName: 'events',
    });
  });

  it('refuses to cancel a registration that has checked in', async () => {
    const response = await gateway.request(`mutation ($id: ID!) { cancelRegistration(id: $id) { status } }`, {
      as: staff,
      variables: { id: registrations.get(attendees[0]!) },
    });
    expect(errorsOf(response)).toEqual([
      {
        message: 'The member checked in at "Track day": the registration can no longer be cancelled.',
        path: ['cancelRegistration'],
        extensions: { code: 'CONFLICT', reason: 'CHECKED_IN', status: 'CONFIRMED', serviceName: 'events' },
      },
    ]);
  });
});

describe('Mutation.rateEvent', () => {
  it('waits until the event has ended', async () => {
    const refused = errorsOf(await rate(attendees[0]!, { satisfaction: 5, likelyToRecommend: 10 }))?.[0];
    expect(refused?.extensions).toEqual({ code: 'CONFLICT', reason: 'EVENT_NOT_ENDED', status: 'PUBLISHED', serviceName: 'events' });
  });

  it('records each attendee\'s rating once and sums them into the event\'s satisfaction and NPS', async () => {
    await moveEvent(database.handle.db, trackDay, { startsAt: new Date(Date.now() - 6 * hour), endsAt: new Date(Date.now() - 2 * hour) });
    const first = await rate(attendees[0]!, { satisfaction: 5, likelyToRecommend: 10, comment: '  Superb marshals  ' });
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({ rateEvent: { rating: { satisfaction: 5, likelyToRecommend: 10, comment: 'Superb marshals' } } });
    expect((await rate(attendees[1]!, { satisfaction: 4, likelyToRecommend: 8 })).errors).toBeUndefined();
    expect((await rate(attendees[2]!, { satisfaction: 2, likelyToRecommend: 3, comment: '' })).data).toEqual({
      rateEvent: { rating: { satisfaction: 2, likelyToRecommend: 3, comment: null } },
    });

    // One promoter (10), one passive (8), one detractor (3): NPS 0.
    expect(await measures()).toEqual({
      confirmedCount: 4,
      attendedCount: 3,
      participationRate: 0.75,
      ratings: { count: 3, averageSatisfaction: 11 / 3, netPromoterScore: 0 },
    });
    expect(errorsOf(await rate(attendees[0]!, { satisfaction: 1, likelyToRecommend: 0 }))).toEqual([
      { message: 'The member already rated this event.', path: ['rateEvent'], extensions: { code: 'CONFLICT', reason: 'ALREADY_RATED', status: 'CONFIRMED', serviceName: 'events' } },
    ]);
  });

  it('takes ratings from attendees only, and from nobody on their behalf', async () => {
    expect(errorsOf(await rate(attendees[3]!, { satisfaction: 5, likelyToRecommend: 9 }))).toEqual([
      {
        message: 'Only attendees rate an event: the member did not check in.',
        path: ['rateEvent'],
        extensions: { code: 'FORBIDDEN', field: 'Mutation.rateEvent', reason: 'NOT_ATTENDED', serviceName: 'events' },
      },
    ]);
    const onBehalf = {
      message: 'Only the member who attended may rate an event.',
      path: ['rateEvent'],
      extensions: { code: 'FORBIDDEN', field: 'Mutation.rateEvent', reason: 'ATTENDEE_ONLY', serviceName: 'events' },
    };
    expect(errorsOf(await rate(attendees[0]!, { satisfaction: 5, likelyToRecommend: 9 }, staff))).toEqual([onBehalf]);
    expect(errorsOf(await rate(attendees[0]!, { satisfaction: 5, likelyToRecommend: 9 }, asMember(attendees[1]!)))).toEqual([onBehalf]);
  });

  it('names the input field out of range', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ satisfaction: 0, likelyToRecommend: 5 }, 'input.satisfaction', 'Argument "input.satisfaction" must be a whole number from 1 to 5; got 0.'],
      [{ satisfaction: 6, likelyToRecommend: 5 }, 'input.satisfaction', 'Argument "input.satisfaction" must be a whole number from 1 to 5; got 6.'],
      [{ satisfaction: 3, likelyToRecommend: 11 }, 'input.likelyToRecommend', 'Argument "input.likelyToRecommend" must be a whole number from 0 to 10; got 11.'],
      [{ satisfaction: 3, likelyToRecommend: 5, comment: 'x'.repeat(2001) }, 'input.comment', 'Argument "input.comment" must be at most 2000 characters.'],
    ];
    for (const [input, argument, message] of cases) {
      expect(errorsOf(await rate(attendees[3]!, input)), argument).toEqual([
        { message, path: ['rateEvent'], extensions: { code: 'BAD_USER_INPUT', argument, serviceName: 'events' } },
      ]);
    }
  });

  it('refuses a check-in after the end', async () => {
    expect(errorsOf(await checkIn(attendees[3]!))?.[0]?.extensions).toEqual({ code: 'CONFLICT', reason: 'EVENT_ENDED', status: 'PUBLISHED', serviceName: 'events' });
  });
});
