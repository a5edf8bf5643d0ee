import { and, asc, count, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { equalsAny, preparedQuery } from '../../core/database/preparedQuery.js';
import { afterKey } from '../../core/pagination.js';
import type { PartnerKind } from '../generated/resolvers.js';
import { partners, sponsoredEvents, sponsorships, type PartnerRow } from './tables.js';

/** The partners of the ids given, in no particular order; unknown ids are left out. */
export function findPartners(db: Database, ids: readonly string[]): Promise<PartnerRow[]> {
  return db.select().from(partners).where(inArray(partners.id, [...ids]));
}

/** What one page of `pagePartners` asks for. */
export interface PartnerPageQuery {
  kind: PartnerKind | null;
  /** The (name, id) of the row the page starts after, or null for the first page. */
  after: readonly [string, string] | null;
  limit: number;
}

function partnerFilter(kind: PartnerKind | null): SQL | undefined {
  return kind ? eq(partners.kind, kind) : undefined;
}

/** One page of partners in order of name, then id (keyset, no OFFSET); optionally one kind's. */
export function pagePartners(db: Database, query: PartnerPageQuery): Promise<PartnerRow[]> {
  const after = query.after === null ? undefined : afterKey([partners.name, partners.id], query.after);
  return db
    .select()
    .from(partners)
    .where(and(partnerFilter(query.kind), after))
    .orderBy(asc(partners.name), asc(partners.id))
    .limit(query.limit);
}

/** How many partners there are, optionally of one kind. */
export async function countPartners(db: Database, kind: PartnerKind | null): Promise<number> {
  const [row] = await db.select({ total: count() }).from(partners).where(partnerFilter(kind));
  return row?.total ?? 0;
}

/** The local partners of several chapters at once, each chapter's by name then id. */
export function findPartnersOfChapters(db: Database, chapterIds: readonly string[]): Promise<PartnerRow[]> {
  return db
    .select()
    .from(partners)
    .where(inArray(partners.chapterId, [...chapterIds]))
    .orderBy(asc(partners.chapterId), asc(partners.name), asc(partners.id));
}

/** A partner sponsoring an event. */
export interface EventSponsorRow {
  eventId: string;
  partner: PartnerRow;
}

/**
 * The sponsors of several events at once, in one statement. A partner whose
 * several sponsorships cover the same event appears once, at the highest
 * level among them; each event's sponsors come highest level first (TITLE,
 * PLATINUM, GOLD: the enum's declared order), then by name, then id.
 */
export function findSponsorsOfEvents(db: Database, eventIds: readonly string[]): Promise<EventSponsorRow[]> {
  return sponsorsOfEvents(db, { eventIds });
}

const sponsorsOfEvents = preparedQuery((db) =>
  // Grouping by the partner's primary key lets the other partner columns be
  // selected; min() over the enum is its highest level.
  db
    .select({ eventId: sponsoredEvents.eventId, partner: getTableColumns(partners) })
    .from(sponsoredEvents)
    .innerJoin(sponsorships, eq(sponsorships.id, sponsoredEvents.sponsorshipId))
    .innerJoin(partners, eq(partners.id, sponsorships.partnerId))
    .where(equalsAny(sponsoredEvents.eventId, 'eventIds'))
    .groupBy(sponsoredEvents.eventId, partners.id)
    .orderBy(asc(sponsoredEvents.eventId), sql`min(${sponsorships.level})`, asc(partners.name), asc(partners.id))
    .prepare('sponsors_of_events'),
);
