import { and, asc, count, desc, eq, gt, inArray, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { firstPerGroup, prepareFirstPerGroup } from '../../core/database/firstPerGroup.js';
import { equalsAny, preparedQuery, preparedQueryPerShape } from '../../core/database/preparedQuery.js';
import { events, registrations, type EventRow, type RegistrationRow } from './tables.js';

type RegistrationStatus = RegistrationRow['status'];

export type RegistrationInsert = typeof registrations.$inferInsert;

/** The statuses that hold a seat. */
export const seatHoldingStatuses: readonly RegistrationStatus[] = ['CONFIRMED', 'PENDING_PAYMENT'];

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
  return registrationPages(
    db,
    { status: query.status !== null, cursor: query.afterSequence !== null },
    { eventIds: query.eventIds, status: query.status, afterSequence: query.afterSequence, limit: query.limit },
  );
}

/** The page's statement with or without its status and cursor conditions, each prepared once. */
const registrationPages = preparedQueryPerShape<{ status: boolean; cursor: boolean }, RegistrationRow[]>(
  'registrations_page_of_events',
  (parts) => [parts.status ? 'in_status' : '', parts.cursor ? 'after' : ''].filter(Boolean).join('_'),
  (db, parts, statementName) =>
    prepareFirstPerGroup(
      db,
      {
        from: registrations,
        partitionBy: registrations.eventId,
        orderBy: [registrations.sequence],
        where: and(
          equalsAny(registrations.eventId, 'eventIds'),
          parts.status ? eq(registrations.status, sql.placeholder('status')) : undefined,
          parts.cursor ? gt(registrations.sequence, sql.placeholder('afterSequence')) : undefined,
        ),
      },
      statementName,
    ),
);

/** How an event's registrations stand; an event without any has no row. */
export interface RegistrationCountsRow {
  eventId: string;
  confirmed: number;
  pendingPayment: number;
  waitlisted: number;
  cancelled: number;
  /** Confirmed registrations with a check-in, so never more than `confirmed`. */
  attended: number;
}

const countWhere = (condition: SQL) => sql<number>`cast(count(*) filter (where ${condition}) as integer)`;

/** The registration counts of several events in one GROUP BY statement. */
export function countRegistrationsOfEvents(db: Database, eventIds: readonly string[]): Promise<RegistrationCountsRow[]> {
  return registrationCountsOfEvents(db, { eventIds });
}

const registrationCountsOfEvents = preparedQuery((db) =>
  db
    .select({
      eventId: registrations.eventId,
      confirmed: countWhere(sql`${registrations.status} = 'CONFIRMED'`),
      pendingPayment: countWhere(sql`${registrations.status} = 'PENDING_PAYMENT'`),
      waitlisted: countWhere(sql`${registrations.status} = 'WAITLISTED'`),
      cancelled: countWhere(sql`${registrations.status} = 'CANCELLED'`),
      attended: countWhere(sql`${registrations.status} = 'CONFIRMED' and ${registrations.checkedInAt} is not null`),
    })
    .from(registrations)
    .where(equalsAny(registrations.eventId, 'eventIds'))
    .groupBy(registrations.eventId)
    .prepare('registration_counts_of_events'),
);

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
 * id desc), grouped by member in the order asked. For each member a LATERAL
 * subquery reads its newest registrations from the (member_id,
 * registered_at) index and stops at `limit`; their events, which a
 * registration list nearly always shows, are joined by id. Numbering every
 * registration of the members with a window function instead read them all
 * and, planned once for any number of members, hashed the whole events table
 * to join five rows (0.55 ms against 0.08 ms for one member).
 */
export function latestRegistrationsOfMembers(
  db: Database,
  query: MemberRegistrationsQuery,
): Promise<Array<{ registration: RegistrationRow; event: EventRow }>> {
  const { memberIds, limit } = query;
  return query.status === null
    ? latestRegistrationsOfMembersInAnyStatus(db, { memberIds, limit })
    : latestRegistrationsOfMembersInStatus(db, { memberIds, status: query.status, limit });
}

// A prepared statement's text is fixed, so the optional status condition
// takes two: one with it, one without.
const latestRegistrationsOfMembersInAnyStatus = preparedQuery((db) =>
  latestRegistrationsWithEvents(db, undefined).prepare('latest_registrations_of_members'),
);
const latestRegistrationsOfMembersInStatus = preparedQuery((db) =>
  latestRegistrationsWithEvents(db, eq(registrations.status, sql.placeholder('status'))).prepare(
    'latest_registrations_of_members_in_status',
  ),
);

/** The select behind latestRegistrationsOfMembers, over the placeholders memberIds and limit. */
function latestRegistrationsWithEvents(db: Database, statusCondition: SQL | undefined) {
  const asked = sql`unnest(${sql.placeholder('memberIds')}::uuid[]) with ordinality as asked(member_id, position)`;
  const latest = db
    .select()
    .from(registrations)
    .where(and(eq(registrations.memberId, sql`asked.member_id`), statusCondition))
    .orderBy(desc(registrations.registeredAt), desc(registrations.id))
    .limit(sql.placeholder('limit'))
    .as('latest');

  const registration = {
    id: latest.id,
    eventId: latest.eventId,
    memberId: latest.memberId,
    status: latest.status,
    sequence: latest.sequence,
    registeredAt: latest.registeredAt,
    confirmedAt: latest.confirmedAt,
    checkedInAt: latest.checkedInAt,
    cancelledAt: latest.cancelledAt,
    cancellationReason: latest.cancellationReason,
    pointsCharged: latest.pointsCharged,
    pointsEntryId: latest.pointsEntryId,
    pointsRefundRequestedAt: latest.pointsRefundRequestedAt,
  } satisfies Record<keyof typeof registrations.$inferSelect, unknown>;
  return db
    .select({ registration, event: events })
    .from(asked)
    .crossJoinLateral(latest)
    .innerJoin(events, eq(events.id, latest.eventId))
    .orderBy(sql`asked.position`, desc(latest.registeredAt), desc(latest.id));
}

/**
 * How many seats of an event are held (confirmed or pending payment). Callers
 * hold the event's lock, so the count cannot go stale before they write.
 */
export async function countHeldSeats(tx: Database, eventId: string): Promise<number> {
  const [row] = await tx
    .select({ held: count() })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, [...seatHoldingStatuses])));
  return row?.held ?? 0;
}

/** The member's registration for the event that is not cancelled; null when there is none. */
export async function findLiveRegistration(tx: Database, eventId: string, memberId: string): Promise<RegistrationRow | null> {
  const [row] = await tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.memberId, memberId), ne(registrations.status, 'CANCELLED')));
  return row ?? null;
}

/** The first `limit` waitlisted registrations of an event, in order of registration. */
export function firstWaitlisted(tx: Database, eventId: string, limit: number): Promise<RegistrationRow[]> {
  return tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, 'WAITLISTED')))
    .orderBy(asc(registrations.sequence))
    .limit(limit);
}

/** The registrations of an event that are not cancelled, in order of registration. */
export function liveRegistrationsOfEvent(tx: Database, eventId: string): Promise<RegistrationRow[]> {
  return tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), ne(registrations.status, 'CANCELLED')))
    .orderBy(asc(registrations.sequence));
}

/** Inserts a registration and returns it as stored, with its sequence. */
export async function insertRegistration(tx: Database, row: RegistrationInsert): Promise<RegistrationRow> {
  const [inserted] = await tx.insert(registrations).values(row).returning();
  return inserted!;
}

/** Changes a registration's columns and returns it as stored. */
export async function updateRegistration(
  tx: Database,
  id: string,
  values: Partial<Omit<RegistrationInsert, 'id' | 'sequence'>>,
): Promise<RegistrationRow> {
  const [updated] = await tx.update(registrations).set(values).where(eq(registrations.id, id)).returning();
  return updated!;
}

export interface MemberCalendarQuery {
  memberIds: readonly string[];
  /** The instant that divides upcoming events (ending after it) from past ones. */
  now: Date;
  limit: number;
}

const eventStartOf = sql`(select ${events.startsAt} from ${events} where ${events.id} = ${registrations.eventId})`;

/**
 * Several members' registrations for events that have not ended, in one
 * statement: each member's first `limit` by event start, then sequence;
 * confirmed, pending and waitlisted ones only. Grouped by member.
 */
export function upcomingRegistrationsOfMembers(db: Database, query: MemberCalendarQuery): Promise<RegistrationRow[]> {
  const upcoming = db.select({ id: events.id }).from(events).where(gt(events.endsAt, query.now));
  return firstPerGroup(db, {
    from: registrations,
    partitionBy: registrations.memberId,
    orderBy: [asc(eventStartOf), asc(registrations.sequence)],
    where: and(
      inArray(registrations.memberId, [...query.memberIds]),
      ne(registrations.status, 'CANCELLED'),
      inArray(registrations.eventId, upcoming),
    ),
    limit: query.limit,
  });
}

/**
 * Several members' confirmed registrations for events that have ended, in one
 * statement: each member's first `limit`, latest event first. Grouped by member.
 */
export function pastRegistrationsOfMembers(db: Database, query: MemberCalendarQuery): Promise<RegistrationRow[]> {
  const past = db.select({ id: events.id }).from(events).where(lte(events.endsAt, query.now));
  return firstPerGroup(db, {
    from: registrations,
    partitionBy: registrations.memberId,
    orderBy: [desc(eventStartOf), desc(registrations.sequence)],
    where: and(
      inArray(registrations.memberId, [...query.memberIds]),
      eq(registrations.status, 'CONFIRMED'),
      inArray(registrations.eventId, past),
    ),
    limit: query.limit,
  });
}
