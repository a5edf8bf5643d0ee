import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { CancelRegistrationDocument, RateEventDocument, RegisterForEventDocument } from '../../src/client/generated/graphql.js';
import { eventId, insertChapters, insertEvents, insertMemberCopies, memberId, moveEvent } from '../fixtures/events.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

// The operations the README shows, run as a client would run them.
let database: TestDatabase;
let gateway: TestGateway;

const staff: TokenSubject = { role: 'staff', subject: 's1' };
const salon = eventId(1);
const first = memberId(1);
const second = memberId(2);

beforeAll(async () => {
  database = await openTestDatabase();
  await insertChapters(database.handle.db, ['shanghai']);
  await insertEvents(database.handle.db, [
    // Half a year from now, so that registration is open whenever the suite runs.
    { id: salon, title: 'Evening salon', capacity: 1, startsAt: new Date(Date.now() + 180 * 86_400_000), endsAt: new Date(Date.now() + 180 * 86_400_000 + 7_200_000) },
  ]);
  await insertMemberCopies(database.handle.db, [{ memberId: first }, { memberId: second }]);
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('the event operations of src/client/operations', () => {
  let waitingId: string;

  it('register a member, then waitlist the next one', async () => {
    const seated = await gateway.request(RegisterForEventDocument, { as: { role: 'member', memberId: first }, variables: { eventId: salon, memberId: first } });
    expect(seated.data?.registerForEvent).toEqual({
      id: expect.any(String),
      status: 'CONFIRMED',
      waitlistPosition: null,
      event: { title: 'Evening salon', confirmedCount: 1, waitlistCount: 0, seatsLeft: 0 },
    });
    const waiting = await gateway.request(RegisterForEventDocument, { as: { role: 'member', memberId: second }, variables: { eventId: salon, memberId: second } });
    expect(waiting.data?.registerForEvent).toEqual({
      id: expect.any(String),
      status: 'WAITLISTED',
      waitlistPosition: 1,
      event: { title: 'Evening salon', confirmedCount: 1, waitlistCount: 1, seatsLeft: 0 },
    });
    waitingId = waiting.data!.registerForEvent.id;

    const cancelled = await gateway.request(CancelRegistrationDocument, {
      as: { role: 'member', memberId: first },
      variables: { id: seated.data!.registerForEvent.id },
    });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data?.cancelRegistration).toEqual({
      status: 'CANCELLED',
      cancellationReason: 'MEMBER',
      event: { confirmedCount: 1, waitlistCount: 0 },
    });
  });

  it('show staff the promoted member holding the seat', async () => {
    const response = await gateway.request(
      `query ($id: ID!) { event(id: $id) { registrations { edges { node { member { id } status waitlistPosition } } } } }`,
      { as: staff, variables: { id: salon } },
    );
    expect(response.data).toEqual({
      event: {
        registrations: {
          edges: [
            { node: { member: { id: first }, status: 'CANCELLED', waitlistPosition: null } },
            { node: { member: { id: second }, status: 'CONFIRMED', waitlistPosition: null } },
          ],
        },
      },
    });
  });

  it('rate the event after the promoted member attended it', async () => {
    await moveEvent(database.handle.db, salon, { startsAt: new Date(Date.now() - 60_000), endsAt: new Date(Date.now() + 60_000) });
    const checkedIn = await gateway.request(`mutation ($id: ID!) { checkIn(registrationId: $id) { checkedInAt } }`, { as: staff, variables: { id: waitingId } });
    expect(checkedIn.errors).toBeUndefined();
    await moveEvent(database.handle.db, salon, { startsAt: new Date(Date.now() - 7_200_000), endsAt: new Date(Date.now() - 60_000) });

    const rated = await gateway.request(RateEventDocument, {
      as: { role: 'member', memberId: second },
      variables: { registrationId: waitingId, input: { satisfaction: 5, likelyToRecommend: 9, comment: 'Worth the wait' } },
    });
    expect(rated.errors).toBeUndefined();
    expect(rated.data?.rateEvent).toEqual({
      rating: { satisfaction: 5, likelyToRecommend: 9, comment: 'Worth the wait' },
      event: { attendedCount: 1, participationRate: 1, ratings: { count: 1, averageSatisfaction: 5, netPromoterScore: 100 } },
    });
  });
});
