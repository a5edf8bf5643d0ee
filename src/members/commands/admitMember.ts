import { randomUUID } from 'node:crypto';
import { recordEvent } from '../../core/bus/recordEvent.js';
import type { Database } from '../../core/database/database.js';
import { BadUserInputError, NotFoundError } from '../../core/errors.js';
import { findFeePlan } from '../data/feePlanQueries.js';
import { lockMember, setJoinedOn } from '../data/memberWriteQueries.js';
import type { MembershipTermRow } from '../data/tables.js';
import { insertTerm } from '../data/termQueries.js';
import { membersSource, type MemberAdmitted } from '../domainEvents.js';
import { chinaDateOf } from '../lifecycle/clubCalendar.js';
import { termEndsOn } from '../lifecycle/policy.js';
import { lifecycleReasons } from '../lifecycle/reasons.js';
import { transitionFor } from '../lifecycle/transitions.js';
import { changeStatus } from './changeStatus.js';
import type { MembershipChange } from './membershipChange.js';
import { recordDuesPaid } from './recordDuesPaid.js';

/**
 * Admits a prospect inside the caller's transaction: status ACTIVE, a first
 * one-year term from `startsOn` (today in China when omitted) charged the fee
 * plan's annual dues, paid now unless `duesPaid` is false. The term may start
 * on any day from the day the member applied to today. Records
 * MemberStatusChanged, MemberAdmitted (with the referrer, for loyalty's
 * referral points) and, when paid, DuesPaid.
 */
export async function admitMember(
  tx: Database,
  request: { memberId: string; feePlanId: string; startsOn: string | null; duesPaid: boolean; now: Date },
): Promise<MembershipChange> {
  const { now } = request;
  const member = await lockMember(tx, request.memberId);
  if (!member) throw new NotFoundError(`No member has id "${request.memberId}".`, { argument: 'memberId' });
  const to = transitionFor('admit', member);

  const plan = await findFeePlan(tx, request.feePlanId);
  if (!plan) throw new NotFoundError(`No fee plan has id "${request.feePlanId}".`, { argument: 'feePlanId' });

  // A term cannot begin before the member applied, nor be booked ahead.
  const today = chinaDateOf(now);
  const appliedOn = chinaDateOf(member.reachedAt);
  const startsOn = request.startsOn ?? today;
  if (startsOn < appliedOn || startsOn > today) {
    throw new BadUserInputError(
      `Argument "startsOn" must be a day from ${appliedOn}, when the member applied, to today (${today}); got ${startsOn}.`,
      { argument: 'startsOn' },
    );
  }

  const term: MembershipTermRow = {
    id: randomUUID(),
    memberId: member.id,
    startsOn,
    endsOn: termEndsOn(startsOn),
    feePlanId: plan.id,
    duesMinor: plan.annualDuesMinor,
    currency: plan.currency,
    duesPaidAt: request.duesPaid ? now : null,
    outcome: 'OPEN',
    outcomeAt: null,
  };
  await insertTerm(tx, term);
  await setJoinedOn(tx, member.id, startsOn);
  const statusChange = await changeStatus(tx, {
    memberId: member.id,
    from: member.status,
    to,
    reason: lifecycleReasons.admitted(plan.id),
    at: now,
  });

  const payload: MemberAdmitted = {
    memberId: member.id,
    feePlanId: plan.id,
    termId: term.id,
    admittedOn: startsOn,
    referrerId: member.referrerId,
  };
  await recordEvent(tx, { type: 'members.MemberAdmitted', source: membersSource, payload: { ...payload } });
  if (term.duesPaidAt) await recordDuesPaid(tx, term);
  return { memberId: member.id, statusChange, term };
}
