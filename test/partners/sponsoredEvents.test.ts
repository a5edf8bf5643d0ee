import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { eventId, insertChapters, insertEvents, insertRegistrations, memberId, registrationId } from '../fixtures/events.js';
import { fixtureUuid, insertPartner, insertSponsorship } from '../fixtures/partners.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const porsche = fixtureUuid(1);
const audi = fixtureUuid(2);
const asPartner = (partnerId: string): TokenSubject => ({ role: 'partner', partnerId });
const checkedIn = new Date('2026-10-24T10:00:00Z');

/**
 * Porsche sponsors e1 twice over (two sponsorships) and e2; Audi sponsors e3.
 * e1 had three confirmed members, two of whom checked in, and one who waited.
 */
beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  await insertChapters(db, ['shanghai']);
  await insertEvents(db, [
    { id: eventId(1), title: 'Taycan launch', kind: 'NEW_MODEL_LAUNCH', capacity: 3 },
    { id: eventId(2), title: 'Track day', kind: 'TRACK_DAY' },
    { id: eventId(3), title: 'Quattro drive', kind: 'ROAD_TRIP' },
  ]);
  await insertRegistrations(db, [
    { id: registrationId(1), eventId: eventId(1), memberId: memberId(1), checkedInAt: checkedIn },
    { id: registrationId(2), eventId: eventId(1), memberId: memberId(2), checkedInAt: checkedIn },
    { id: registrationId(3), eventId: eventId(1), memberId: memberId(3) },
    { id: registrationId(4), eventId: eventId(1), memberId: memberId(4), status: 'WAITLISTED' },
  ]);
  await insertPartner(db, { id: porsche, name: 'Porsche' });
  await insertPartner(db, { id: audi, name: 'Audi' });
  await insertSponsorship(db, { id: fixtureUuid(101), partnerId: porsche, level: 'TITLE' }, { eventIds: [eventId(2), eventId(1)] });
  await insertSponsorship(db, { id: fixtureUuid(102), partnerId: porsche }, { eventIds: [eventId(1)] });
  await insertSponsorship(db, { id: fixtureUuid(103), partnerId: audi }, { eventIds: [eventId(3)] });
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('Partner.sponsoredEvents', () => {
  it('shows a sponsor the attendance counts of each event it sponsors, once each', async () => {
    const response = await gateway.request(
      `query ($id: ID!) { partner(id: $id) { sponsoredEvents { title confirmedCount waitlistCount attendedCount participationRate } } }`,
      { as: asPartner(porsche), variables: { id: porsche } },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      partner: {
        sponsoredEvents: [
          { title: 'Taycan launch', confirmedCount: 3, waitlistCount: 1, attendedCount: 2, participationRate: 2 / 3 },
          { title: 'Track day', confirmedCount: 0, waitlistCount: 0, attendedCount: 0, participationRate: null },
        ],
      },
    });
  });

  it('never shows a sponsor who registered or attended', async () => {
    const response = await gateway.request(
      `query ($id: ID!) { partner(id: $id) { sponsoredEvents { title registrations { totalCount } } } }`,
      { as: asPartner(porsche), variables: { id: porsche } },
    );
    expect(response.data).toEqual({
      partner: { sponsoredEvents: [{ title: 'Taycan launch', registrations: null }, { title: 'Track day', registrations: null }] },
    });
    expect(response.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }))).toEqual([
      0, 1,
    ].map((index) => ({
      message: "Only staff and the leads of the event's chapter may read Event.registrations, and only staff those of a national event.",
      path: ['partner', 'sponsoredEvents', index, 'registrations'],
      extensions: { code: 'FORBIDDEN', field: 'Event.registrations', reason: 'STAFF_OR_CHAPTER_LEAD', serviceName: 'events' },
    })));
  });

  it('lists the events of that partner\'s sponsorships and no other\'s', async () => {
    const response = await gateway.request(`query ($id: ID!) { partner(id: $id) { sponsoredEvents { id } } }`, {
      as: asPartner(porsche),
      variables: { id: audi },
    });
    expect(response.data).toEqual({ partner: { sponsoredEvents: [{ id: eventId(3) }] } });
  });
});
