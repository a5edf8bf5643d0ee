import { sql } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { findMembersDueToChurn, findMembersDueToLapse } from '../data/lifecycleJobQueries.js';
import { lockMember } from '../data/memberWriteQueries.js';
import { findLatestStatusChange } from '../data/statusChangeQueries.js';
import type { StatusChangeRow } from '../data/tables.js';
import { closeTerm, findOpenTerm } from '../data/termQueries.js';
import { addDaysToInstant, chinaMidnight } from '../lifecycle/clubCalendar.js';
import { lapsesOn, lapseToChurnDays } from '../lifecycle/policy.js';
import { lifecycleReasons } from '../lifecycle/reasons.js';
import { allowedTransitions, transitionFor } from '../lifecycle/transitions.js';
import { changeStatus } from './changeStatus.js';

export interface LifecycleJobResult {
  asOf: string;
  /** The ACTIVE to LAPSED changes this run recorded, by member id. */
  lapsed: StatusChangeRow[];
  /** The LAPSED to CHURNED changes this run recorded, by member id. */
  churned: StatusChangeRow[];
}

/** The later of two instants. */
const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

/**
 * Lapses one candidate if the rule still holds under its lock: an ACTIVE
 * member whose open term's dues went unpaid past the grace period. The lapse
 * takes effect when the grace period ended (or at the member's last status
 * change, if that came later, say a reinstatement), not when the job runs,
 * so the history is the same whenever the job gets to it.
 */
async function lapseIfDue(tx: Database, memberId: string, asOf: Date): Promise<StatusChangeRow | null> {
  const member = await lockMember(tx, memberId);
  if (!member || allowedTransitions.lapse[member.status] === undefined) return null;
  const open = await findOpenTerm(tx, member.id);
  if (!open) return null;
  const latest = await findLatestStatusChange(tx, member.id);
  const dueAt = chinaMidnight(lapsesOn(open));
  const at = latest ? later(dueAt, latest.effectiveAt) : dueAt;
  if (at.getTime() > asOf.getTime()) return null;

  await closeTerm(tx, open.id, 'LAPSED', at);
  return changeStatus(tx, { memberId: member.id, from: member.status, to: transitionFor('lapse', member), reason: lifecycleReasons.lapsed, at });
}

/** Churns one candidate if it has been LAPSED for the churn period by `asOf`, effective when that period ended. */
async function churnIfDue(tx: Database, memberId: string, asOf: Date): Promise<StatusChangeRow | null> {
  const member = await lockMember(tx, memberId);
  if (!member || allowedTransitions.churn[member.status] === undefined) return null;
  const latest = await findLatestStatusChange(tx, member.id);
  if (!latest) return null;
  const at = addDaysToInstant(latest.effectiveAt, lapseToChurnDays);
  if (at.getTime() > asOf.getTime()) return null;
  return changeStatus(tx, { memberId: member.id, from: member.status, to: transitionFor('churn', member), reason: lifecycleReasons.churned, at });
}

/**
 * Applies the lapses and churns due by the start of `asOfDate` (00:00 China
 * time) inside the caller's transaction: first every lapse, then every
 * churn, so a member long overdue lapses and churns in one run. Each change
 * is dated when the rule made it due, so running the job again for the same
 * day, or for an earlier one, finds nothing more to do. Runs of the job take
 * turns on a transaction-scoped advisory lock; members are locked one by
 * one, in id order.
 */
export async function runLifecycleJob(tx: Database, request: { asOfDate: string }): Promise<LifecycleJobResult> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('members.lifecycle_job'))`);
  const asOf = chinaMidnight(request.asOfDate);

  const lapsed: StatusChangeRow[] = [];
  for (const memberId of await findMembersDueToLapse(tx, request.asOfDate)) {
    const change = await lapseIfDue(tx, memberId, asOf);
    if (change) lapsed.push(change);
  }

  const churned: StatusChangeRow[] = [];
  for (const memberId of await findMembersDueToChurn(tx, asOf)) {
    const change = await churnIfDue(tx, memberId, asOf);
    if (change) churned.push(change);
  }
  return { asOf: request.asOfDate, lapsed, churned };
}
