import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { insertChapters } from '../fixtures/events.js';
import { fixtureUuid, insertPartner, insertSponsorship } from '../fixtures/partners.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const staff: TokenSubject = { role: 'staff', subject: 's1' };
const porsche = fixtureUuid(1);
const titleDeal = fixtureUuid(101);
let launchId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertChapters(db, ['shanghai']);
  await insertPartner(db, { id: porsche, name: 'Porsche' });
  await insertSponsorship(db, { id: titleDeal, partnerId: porsche, level: 'TITLE' });
  gateway = await startTestGateway(database);

  // The event is created through the events subgraph, whose EventCreated
  // tells the partners subgraph that it exists.
  // Three months from now: events are set in the future.
  const startsAt = new Date(Date.now() + 90 * 86_400_000);
  const created = await gateway.request<{ createEvent: { id: string } }, { startsAt: string; endsAt: string }>(
    `mutation ($startsAt: DateTime!, $endsAt: DateTime!) {
      createEvent(input: { title: "Taycan launch", kind: NEW_MODEL_LAUNCH, chapterId: "shanghai", startsAt: $startsAt, endsAt: $endsAt,
        timeZone: "Asia/Shanghai", capacity: 80, venue: { name: "Porsche Centre", address: "Pudong", city: "Shanghai" } }) { id } }`,
    { as: staff, variables: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString() } },
  );
  launchId = created.data!.createEvent.id;
  await gateway.events.drain();
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const errorsOf = (response: GraphQLResponse<unknown>) =>
  response.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }));

function change(mutation: 'sponsorEvent' | 'withdrawEventSponsorship', eventId: string, as: TokenSubject = staff) {
  return gateway.request<Record<string, { level: string; events: { id: string }[] }>, Record<string, string>>(
    `mutation ($sponsorshipId: ID!, $eventId: ID!) { ${mutation}(sponsorshipId: $sponsorshipId, eventId: $eventId) { level events { id } } }`,
    { as, variables: { sponsorshipId: titleDeal, eventId } },
  );
}

describe('Mutation.sponsorEvent', () => {
  it('makes a sponsorship cover an event, whose sponsors then include the partner', async () => {
    const response = await change('sponsorEvent', launchId);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ sponsorEvent: { level: 'TITLE', events: [{ id: launchId }] } });
    const event = await gateway.request(`query ($id: ID!) { event(id: $id) { title sponsors { name } } }`, {
      variables: { id: launchId },
      as: { role: 'staff', subject: 's1' },
    });
    expect(event.data).toEqual({ event: { title: 'Taycan launch', sponsors: [{ name: 'Porsche' }] } });
  });

  it('refuses an event already covered, one the events subgraph never announced, and anyone but staff', async () => {
    expect(errorsOf(await change('sponsorEvent', launchId))).toEqual([
      {
        message: 'The sponsorship already covers the event.',
        path: ['sponsorEvent'],
        extensions: { code: 'CONFLICT', reason: 'ALREADY_COVERED', serviceName: 'partners' },
      },
    ]);
    const unknown = fixtureUuid(999);
    expect(errorsOf(await change('sponsorEvent', unknown))).toEqual([
      { message: `No event has id "${unknown}".`, path: ['sponsorEvent'], extensions: { code: 'NOT_FOUND', argument: 'eventId', serviceName: 'partners' } },
    ]);
    expect(errorsOf(await change('sponsorEvent', launchId, { role: 'partner', partnerId: porsche }))).toEqual([
      {
        message: 'Only staff may call Mutation.sponsorEvent.',
        path: ['sponsorEvent'],
        extensions: { code: 'FORBIDDEN', field: 'Mutation.sponsorEvent', reason: 'STAFF_ONLY', serviceName: 'partners' },
      },
    ]);
  });
});

describe('Mutation.withdrawEventSponsorship', () => {
  it('takes the event from the sponsorship, and names the event when it is not covered', async () => {
    expect((await change('withdrawEventSponsorship', launchId)).data).toEqual({ withdrawEventSponsorship: { level: 'TITLE', events: [] } });
    expect(errorsOf(await change('withdrawEventSponsorship', launchId))).toEqual([
      {
        message: 'The sponsorship does not cover the event.',
        path: ['withdrawEventSponsorship'],
        extensions: { code: 'NOT_FOUND', argument: 'eventId', serviceName: 'partners' },
      },
    ]);
  });
});
