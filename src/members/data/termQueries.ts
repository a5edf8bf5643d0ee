import { and, asc, desc, gte, inArray, lte } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
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
  return db
    .select()
    .from(membershipTerms)
    .where(
      and(
        inArray(membershipTerms.memberId, [...memberIds]),
        lte(membershipTerms.startsOn, today),
        gte(membershipTerms.endsOn, today),
      ),
    )
    .orderBy(asc(membershipTerms.memberId), desc(membershipTerms.startsOn), desc(membershipTerms.id));
}
