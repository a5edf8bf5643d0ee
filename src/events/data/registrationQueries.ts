import { and, asc, desc, eq, getTableColumns, gt, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { firstPerGroup } from '../../core/database/firstPerGroup.js';
import { events, registrations, type EventRow, type RegistrationRow } from './tables.js';

type RegistrationStatus = RegistrationRow['status'];

/** Registrations by id, in no particular order; unknown ids have no row. */
export function findRegistrations(db: Database, ids: readonly string[]): Promise<RegistrationRow[]> {
  return db.select().from(registrations).where(inArray(registrations.id, [...ids]));
}

export interface EventRegistrationsPageQuery {
  eventIds: readonly string[];
  /** Only registrations with this status; all when null. */
  status: RegistrationStatus | null;
  /** Registrations after this sequence number only; from the first when null. */
  afterSequence: number | null;
  /** The most registrations to return per event. */
  limit: number;
}

/**
 * One page of several events' registrations in one statement: each event's
 * first `limit` registrations after the sequence given, in order of
 * registration (sequence), grouped by event.
 */
export function pageRegistrationsOfEvents(
  db: Database,
  query: EventRegistrationsPageQuery,
): Promise<RegistrationRow[]> {
  return firstPerGroup(db, {
    from: registrations,
    partitionBy: registrations.eventId,
    orderBy: [registrations.sequence],
    where: and(
      inArray(registrations.eventId, [...query.eventIds]),
      query.status === null ? undefined : eq(registrations.status, query.status),
      query.afterSequence === null ? undefined : gt(registrations.sequence, query.afterSequence),
    ),
    limit: query.limit,
  });
}

/** How an event's registrations stand; an event without any has no row. */
export interface RegistrationCountsRow {
  eventId: string;
  confirmed: number;
  waitlisted: number;
  cancelled: number;
  /** Confirmed registrations with a check-in, so never more than `confirmed`. */
  attended: number;
}

const countWhere = (condition: SQL) => sql<number>`cast(count(*) filter (where ${condition}) as integer)`;

/** The registration counts of several events in one GROUP BY statement. */
export function countRegistrationsOfEvents(db: Database, eventIds: readonly string[]): Promise<RegistrationCountsRow[]> {
  return db
    .select({
      eventId: registrations.eventId,
      confirmed: countWhere(sql`${registrations.status} = 'CONFIRMED'`),
      waitlisted: countWhere(sql`${registrations.status} = 'WAITLISTED'`),
      cancelled: countWhere(sql`${registrations.status} = 'CANCELLED'`),
      attended: countWhere(sql`${registrations.status} = 'CONFIRMED' and ${registrations.checkedInAt} is not null`),
    })
    .from(registrations)
    .where(inArray(registrations.eventId, [...eventIds]))
    .groupBy(registrations.eventId);
}

/**
 * The 1-based waitlist places of the registrations given, in one statement:
 * each is numbered among its event's WAITLISTED registrations by sequence.
 * Registrations that are not waitlisted have no row.
 */
export async function findWaitlistPositions(
  db: Database,
  registrationIds: readonly string[],
): Promise<Array<{ id: string; position: number }>> {
  const ids = [...registrationIds];
  const eventsAsked = db
    .select({ eventId: registrations.eventId })
    .from(registrations)
    .where(inArray(registrations.id, ids));
  const waitlist = db
    .select({
      id: registrations.id,
      position: sql<number>`cast(row_number() over (
        partition by ${registrations.eventId} order by ${registrations.sequence}
      ) as integer)`.as('position'),
    })
    .from(registrations)
    .where(and(eq(registrations.status, 'WAITLISTED'), inArray(registrations.eventId, eventsAsked)))
    .as('waitlist');

  return db.select().from(waitlist).where(inArray(waitlist.id, ids));
}

export interface MemberRegistrationsQuery {
  memberIds: readonly string[];
  /** Only registrations with this status; all when null. */
  status: RegistrationStatus | null;
  /** The most registrations to return per member. */
  limit: number;
}

/**
 * Several members' latest registrations, each with its event, in one
 * statement: each member's first `limit`, newest first (registered_at desc,
 * id desc), grouped by member. A window function numbers each member's
 * registrations (as firstPerGroup does) and the outer query keeps the first
 * `limit` and joins their events, which a registration list nearly always
 * shows.
 */
export async function latestRegistrationsOfMembers(
  db: Database,
  query: MemberRegistrationsQuery,
): Promise<Array<{ registration: RegistrationRow; event: EventRow }>> {
  const columns = getTableColumns(registrations);
  const ranked = db
    .select({
      ...columns,
      groupPosition: sql<number>`row_number() over (
        partition by ${registrations.memberId}
        order by ${registrations.registeredAt} desc, ${registrations.id} desc
      )`.as('group_position'),
    })
    .from(registrations)
    .where(
      and(
        inArray(registrations.memberId, [...query.memberIds]),
        query.status === null ? undefined : eq(registrations.status, query.status),
      ),
    )
    .as('ranked');

  const registration = {
    id: ranked.id,
    eventId: ranked.eventId,
    memberId: ranked.memberId,
    status: ranked.status,
    sequence: ranked.sequence,
    registeredAt: ranked.registeredAt,
    checkedInAt: ranked.checkedInAt,
    cancelledAt: ranked.cancelledAt,
  } satisfies Record<keyof typeof columns, unknown>;
  return db
    .select({ registration, event: events })
    .from(ranked)
    .innerJoin(events, eq(events.id, ranked.eventId))
    .where(lte(ranked.groupPosition, query.limit))
    .orderBy(asc(ranked.memberId), asc(ranked.groupPosition));
}
