import { and, asc, eq, max, sql } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { gracePeriodDays, lapseToChurnDays } from '../lifecycle/policy.js';
import { members, membershipTerms, statusChanges } from './tables.js';

/**
 * The ACTIVE members whose open term's dues have gone unpaid past the grace
 * period by `asOfDate` (see `lapsesOn`), by id: the lapse job's candidates.
 * The job locks and checks each again before it acts.
 */
export async function findMembersDueToLapse(db: Database, asOfDate: string): Promise<string[]> {
  const duesFallDueOn = sql`case when ${membershipTerms.duesPaidAt} is null
    then ${membershipTerms.startsOn} else ${membershipTerms.endsOn} + 1 end`;
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .innerJoin(membershipTerms, and(eq(membershipTerms.memberId, members.id), eq(membershipTerms.outcome, 'OPEN')))
    .where(
      and(
        eq(members.status, 'ACTIVE'),
        sql`${duesFallDueOn} + ${sql.raw(String(gracePeriodDays))} <= ${asOfDate}::date`,
      ),
    )
    .orderBy(asc(members.id));
  return rows.map((row) => row.id);
}

/**
 * The LAPSED members whose latest status change (their lapse) is at least
 * the churn period before `asOf`, by id: the churn job's candidates, checked
 * again one by one.
 */
export async function findMembersDueToChurn(db: Database, asOf: Date): Promise<string[]> {
  const lapsedAt = db
    .select({ at: max(statusChanges.effectiveAt) })
    .from(statusChanges)
    .where(eq(statusChanges.memberId, members.id));
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(
      and(
        eq(members.status, 'LAPSED'),
        sql`(${lapsedAt}) + make_interval(days => ${sql.raw(String(lapseToChurnDays))}) <= ${asOf.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(members.id));
  return rows.map((row) => row.id);
}
