import type { Database } from '../../core/database/database.js';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import {
  deleteSponsoredEvent,
  findSponsorships,
  insertSponsoredEvent,
  isKnownEvent,
} from '../data/sponsorshipQueries.js';
import type { SponsorshipRow } from '../data/tables.js';

async function existingSponsorship(tx: Database, id: string): Promise<SponsorshipRow> {
  const [sponsorship] = await findSponsorships(tx, [id]);
  if (!sponsorship) throw new NotFoundError(`No sponsorship has id "${id}".`, { argument: 'sponsorshipId' });
  return sponsorship;
}

/**
 * Makes a sponsorship cover an event, inside the caller's transaction: the
 * partner becomes one of the event's sponsors. The event must be one the
 * events subgraph has announced (events.EventCreated).
 */
export async function coverEvent(tx: Database, request: { sponsorshipId: string; eventId: string }): Promise<SponsorshipRow> {
  const sponsorship = await existingSponsorship(tx, request.sponsorshipId);
  if (!(await isKnownEvent(tx, request.eventId))) {
    throw new NotFoundError(`No event has id "${request.eventId}".`, { argument: 'eventId' });
  }
  if (!(await insertSponsoredEvent(tx, request))) {
    throw new ConflictError('The sponsorship already covers the event.', { reason: 'ALREADY_COVERED' });
  }
  return sponsorship;
}

/** Takes an event from what a sponsorship covers, inside the caller's transaction. */
export async function uncoverEvent(tx: Database, request: { sponsorshipId: string; eventId: string }): Promise<SponsorshipRow> {
  const sponsorship = await existingSponsorship(tx, request.sponsorshipId);
  if (!(await deleteSponsoredEvent(tx, request))) {
    throw new NotFoundError('The sponsorship does not cover the event.', { argument: 'eventId' });
  }
  return sponsorship;
}
