import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { knownEvents, sponsoredChapters, sponsoredEvents, sponsorships, type SponsorshipRow } from './tables.js';

/** The sponsorships of the ids given, in no particular order; unknown ids are left out. */
export function findSponsorships(db: Database, ids: readonly string[]): Promise<SponsorshipRow[]> {
  return db.select().from(sponsorships).where(inArray(sponsorships.id, [...ids]));
}

/**
 * The sponsorships of several partners at once, each partner's newest first (by
 * start, then id).
 */
export function findSponsorshipsOfPartners(db: Database, partnerIds: readonly string[]): Promise<SponsorshipRow[]> {
  return db
    .select()
    .from(sponsorships)
    .where(inArray(sponsorships.partnerId, [...partnerIds]))
    .orderBy(asc(sponsorships.partnerId), desc(sponsorships.startsOn), desc(sponsorships.id));
}

/** The events several sponsorships cover, each sponsorship's in order of event id. */
export function findEventsOfSponsorships(
  db: Database,
  sponsorshipIds: readonly string[],
): Promise<Array<{ sponsorshipId: string; eventId: string }>> {
  return db
    .select()
    .from(sponsoredEvents)
    .where(inArray(sponsoredEvents.sponsorshipId, [...sponsorshipIds]))
    .orderBy(asc(sponsoredEvents.sponsorshipId), asc(sponsoredEvents.eventId));
}

/** The chapters several sponsorships cover, each sponsorship's in order of chapter id. */
export function findChaptersOfSponsorships(
  db: Database,
  sponsorshipIds: readonly string[],
): Promise<Array<{ sponsorshipId: string; chapterId: string }>> {
  return db
    .select()
    .from(sponsoredChapters)
    .where(inArray(sponsoredChapters.sponsorshipId, [...sponsorshipIds]))
    .orderBy(asc(sponsoredChapters.sponsorshipId), asc(sponsoredChapters.chapterId));
}

/**
 * The events several partners' sponsorships cover, each partner's in order
 * of event id, each event once per partner however many of its sponsorships
 * cover it.
 */
export function findEventsOfPartners(
  db: Database,
  partnerIds: readonly string[],
): Promise<Array<{ partnerId: string; eventId: string }>> {
  return db
    .selectDistinct({ partnerId: sponsorships.partnerId, eventId: sponsoredEvents.eventId })
    .from(sponsoredEvents)
    .innerJoin(sponsorships, eq(sponsorships.id, sponsoredEvents.sponsorshipId))
    .where(inArray(sponsorships.partnerId, [...partnerIds]))
    .orderBy(asc(sponsorships.partnerId), asc(sponsoredEvents.eventId));
}

/** Whether the events subgraph has told this one the event exists. */
export async function isKnownEvent(db: Database, eventId: string): Promise<boolean> {
  const [row] = await db.select({ eventId: knownEvents.eventId }).from(knownEvents).where(eq(knownEvents.eventId, eventId));
  return row !== undefined;
}

/** Remembers that an event exists; a second telling changes nothing. */
export async function recordKnownEvent(tx: Database, row: typeof knownEvents.$inferInsert): Promise<void> {
  await tx.insert(knownEvents).values(row).onConflictDoNothing();
}

/** Adds an event to what a sponsorship covers; false when it covers it already. */
export async function insertSponsoredEvent(tx: Database, row: { sponsorshipId: string; eventId: string }): Promise<boolean> {
  const inserted = await tx.insert(sponsoredEvents).values(row).onConflictDoNothing().returning({ eventId: sponsoredEvents.eventId });
  return inserted.length > 0;
}

/** Takes an event from what a sponsorship covers; false when it did not cover it. */
export async function deleteSponsoredEvent(tx: Database, row: { sponsorshipId: string; eventId: string }): Promise<boolean> {
  const deleted = await tx
    .delete(sponsoredEvents)
    .where(and(eq(sponsoredEvents.sponsorshipId, row.sponsorshipId), eq(sponsoredEvents.eventId, row.eventId)))
    .returning({ eventId: sponsoredEvents.eventId });
  return deleted.length > 0;
}
