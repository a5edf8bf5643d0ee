import { randomUUID } from 'node:crypto';
import { recordEvent } from '../../core/bus/recordEvent.js';
import type { Database } from '../../core/database/database.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors.js';
import { invariant } from '../../core/invariant.js';
import { findFeePlan } from '../data/feePlanQueries.js';
import { lockMember } from '../data/memberWriteQueries.js';
import { recordStageReached } from '../data/stageQueries.js';
import type { MemberRow, MembershipTermRow } from '../data/tables.js';
import { closeTerm, findLatestTerm, findOpenTerm, insertTerm } from '../data/termQueries.js';
import { membersSource, type MembershipRenewed } from '../domainEvents.js';
import { addDays, chinaDateOf } from '../lifecycle/clubCalendar.js';
import { termEndsOn } from '../lifecycle/policy.js';
import { lifecycleReasons } from '../lifecycle/reasons.js';
import { transitionFor } from '../lifecycle/transitions.js';
import { changeStatus } from './changeStatus.js';
import type { MembershipChange } from './membershipChange.js';
import { recordDuesPaid } from './recordDuesPaid.js';

export interface RenewalRequest {
  memberId: string;
  /** The plan of the new term; the previous term's plan when null. */
  feePlanId: string | null;
  startsOn: string | null;
  duesPaid: boolean;
  now: Date;
}

/**
 * Where the new term begins, and what the renewal closes. An ACTIVE member's
 * open term is renewed: it must be paid, and the new term follows it without
 * a gap. A LAPSED member's lapsed term stays as it ended: the new term begins
 * `startsOn` (today in China when omitted), after that term, and not later
 * than today.
 */
async function placeNewTerm(
  tx: Database,
  member: MemberRow,
  request: RenewalRequest,
): Promise<{ startsOn: string; previous: MembershipTermRow; renews: boolean }> {
  if (member.status === 'ACTIVE') {
    const open = await findOpenTerm(tx, member.id);
    invariant(open, `Active member ${member.id} has no open term.`);
    if (open.duesPaidAt === null) {
      throw new ConflictError(
        `The dues of member ${member.id}'s term from ${open.startsOn} to ${open.endsOn} are unpaid: record them before renewing.`,
        { reason: 'DUES_UNPAID' },
      );
    }
    const startsOn = addDays(open.endsOn, 1);
    if (request.startsOn !== null && request.startsOn !== startsOn) {
      throw new BadUserInputError(
        `Argument "startsOn" must be ${startsOn}, the day after the current term ends, or left out; got ${request.startsOn}.`,
        { argument: 'startsOn' },
      );
    }
    return { startsOn, previous: open, renews: true };
  }

  const latest = await findLatestTerm(tx, member.id);
  invariant(latest, `Lapsed member ${member.id} has no term.`);
  const today = chinaDateOf(request.now);
  const earliest = addDays(latest.endsOn, 1);
  const startsOn = request.startsOn ?? today;
  if (startsOn < earliest || startsOn > today) {
    throw new BadUserInputError(
      `Argument "startsOn" must be a day from ${earliest}, after the lapsed term, to today (${today}); got ${startsOn}.`,
      { argument: 'startsOn' },
    );
  }
  return { startsOn, previous: latest, renews: false };
}

/**
 * Renews a membership inside the caller's transaction: a new one-year term
 * charged its fee plan's annual dues, paid now unless `duesPaid` is false.
 * Renewing an ACTIVE member closes the open term as RENEWED and, the first
 * time, marks the member RETAINED; renewing a LAPSED member makes them ACTIVE
 * again. Records MembershipRenewed, MemberStatusChanged when the status
 * moves, and DuesPaid when paid.
 */
export async function renewMembership(tx: Database, request: RenewalRequest): Promise<MembershipChange> {
  const { now } = request;
  const member = await lockMember(tx, request.memberId);
  if (!member) throw new NotFoundError(`No member has id "${request.memberId}".`, { argument: 'memberId' });
  const to = transitionFor('renew', member);

  const placed = await placeNewTerm(tx, member, request);
  const feePlanId = request.feePlanId ?? placed.previous.feePlanId;
  const plan = await findFeePlan(tx, feePlanId);
  if (!plan) throw new NotFoundError(`No fee plan has id "${feePlanId}".`, { argument: 'feePlanId' });

  if (placed.renews) {
    await closeTerm(tx, placed.previous.id, 'RENEWED', now);
    await recordStageReached(tx, member.id, 'retainedAt', now);
  }
  const term: MembershipTermRow = {
    id: randomUUID(),
    memberId: member.id,
    startsOn: placed.startsOn,
    endsOn: termEndsOn(placed.startsOn),
    feePlanId: plan.id,
    duesMinor: plan.annualDuesMinor,
    currency: plan.currency,
    duesPaidAt: request.duesPaid ? now : null,
    outcome: 'OPEN',
    outcomeAt: null,
  };
  await insertTerm(tx, term);
  const statusChange =
    to === member.status
      ? null
      : await changeStatus(tx, { memberId: member.id, from: member.status, to, reason: lifecycleReasons.renewedAfterLapse, at: now });

  const payload: MembershipRenewed = {
    memberId: member.id,
    termId: term.id,
    feePlanId: plan.id,
    startsOn: term.startsOn,
    endsOn: term.endsOn,
  };
  await recordEvent(tx, { type: 'members.MembershipRenewed', source: membersSource, payload: { ...payload } });
  if (term.duesPaidAt) await recordDuesPaid(tx, term);
  return { memberId: member.id, statusChange, term };
}
