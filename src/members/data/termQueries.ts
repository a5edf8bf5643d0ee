import { and, asc, desc, eq, gt, gte, inArray, isNull, lte, notInArray, or, sql } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { equalsAny, preparedQuery } from '../../core/database/preparedQuery.js';
import { membershipTerms, type MembershipTermRow } from './tables.js';

/** Membership terms by id, in no particular order; ids that name none are absent. */
export function findTerms(db: Database, ids: readonly string[]): Promise<MembershipTermRow[]> {
  return db.select().from(membershipTerms).where(inArray(membershipTerms.id, [...ids]));
}

/**
 * The terms of several members at once, grouped by member, each member's
 * newest first by start date (id breaks ties, so the order is stable).
 */
export function findTermsOfMembers(
  db: Database,
  memberIds: readonly string[],
): Promise<MembershipTermRow[]> {
  return db
    .select()
    .from(membershipTerms)
    .where(inArray(membershipTerms.memberId, [...memberIds]))
    .orderBy(asc(membershipTerms.memberId), desc(membershipTerms.startsOn), desc(membershipTerms.id));
}

/**
 * The terms of several members that include the day `today` ("YYYY-MM-DD"),
 * both ends inclusive, grouped by member and newest start first, so that the
 * first row of a member is its current term even if two terms overlap.
 */
export function findTermsOfMembersOn(
  db: Database,
  memberIds: readonly string[],
  today: string,
): Promise<MembershipTermRow[]> {
  return termsOfMembersOn(db, { memberIds, today });
}

const termsOfMembersOn = preparedQuery((db) =>
  db
    .select()
    .from(membershipTerms)
    .where(
      and(
        equalsAny(membershipTerms.memberId, 'memberIds'),
        lte(membershipTerms.startsOn, sql.placeholder('today')),
        gte(membershipTerms.endsOn, sql.placeholder('today')),
      ),
    )
    .orderBy(asc(membershipTerms.memberId), desc(membershipTerms.startsOn), desc(membershipTerms.id))
    .prepare('terms_of_members_on'),
);

/**
 * The terms of several members that covered the day `date`: it lies within
 * the term's dates, and the term had not been cut short (left, or lapsed
 * unpaid) before `dayStart`, the instant the day began. Grouped by member,
 * newest start first.
 */
export function findTermsOfMembersCovering(
  db: Database,
  memberIds: readonly string[],
  date: string,
  dayStart: Date,
): Promise<MembershipTermRow[]> {
  return db
    .select()
    .from(membershipTerms)
    .where(
      and(
        inArray(membershipTerms.memberId, [...memberIds]),
        lte(membershipTerms.startsOn, date),
        gte(membershipTerms.endsOn, date),
        or(
          notInArray(membershipTerms.outcome, ['LEFT', 'LAPSED']),
          isNull(membershipTerms.outcomeAt),
          gt(membershipTerms.outcomeAt, dayStart),
        ),
      ),
    )
    .orderBy(asc(membershipTerms.memberId), desc(membershipTerms.startsOn), desc(membershipTerms.id));
}

/** Inserts a term. */
export async function insertTerm(tx: Database, row: MembershipTermRow): Promise<void> {
  await tx.insert(membershipTerms).values(row);
}

/**
 * A member's open term (the one that runs or awaits renewal); null when
 * they have none. A unique index allows one at most.
 */
export async function findOpenTerm(tx: Database, memberId: string): Promise<MembershipTermRow | null> {
  const [row] = await tx
    .select()
    .from(membershipTerms)
    .where(and(eq(membershipTerms.memberId, memberId), eq(membershipTerms.outcome, 'OPEN')));
  return row ?? null;
}

/** A member's term that started last, whatever its outcome; null when they have none. */
export async function findLatestTerm(tx: Database, memberId: string): Promise<MembershipTermRow | null> {
  const [row] = await tx
    .select()
    .from(membershipTerms)
    .where(eq(membershipTerms.memberId, memberId))
    .orderBy(desc(membershipTerms.startsOn), desc(membershipTerms.id))
    .limit(1);
  return row ?? null;
}

/**
 * Records how an open term ended and returns it; null when the term is not
 * (or no longer) open, so a term's outcome is written once.
 */
export async function closeTerm(
  tx: Database,
  termId: string,
  outcome: Exclude<MembershipTermRow['outcome'], 'OPEN'>,
  at: Date,
): Promise<MembershipTermRow | null> {
  const [row] = await tx
    .update(membershipTerms)
    .set({ outcome, outcomeAt: at })
    .where(and(eq(membershipTerms.id, termId), eq(membershipTerms.outcome, 'OPEN')))
    .returning();
  return row ?? null;
}

/** Records that a term's dues were paid at `at` and returns the term. */
export async function recordTermPaid(tx: Database, termId: string, at: Date): Promise<MembershipTermRow> {
  const [row] = await tx
    .update(membershipTerms)
    .set({ duesPaidAt: at })
    .where(eq(membershipTerms.id, termId))
    .returning();
  return row!;
}
