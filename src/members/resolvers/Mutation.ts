import type { Database } from '../../core/database/database.js';
import { applyOnce, type Json } from '../../core/idempotency/applyOnce.js';
import { toSlug, toUuid } from '../../core/ids.js';
import type { RequestContext } from '../../core/context.js';
import { assertNotAfterToday } from '../../core/notAfterToday.js';
import { assertActsForMember, assertStaffActs, referrerForApplicant } from '../access.js';
import { admitMember } from '../commands/admitMember.js';
import { applyForMembership } from '../commands/applyForMembership.js';
import { leaveClub } from '../commands/leaveClub.js';
import type { MembershipChange } from '../commands/membershipChange.js';
import { recordDuesPayment } from '../commands/recordDuesPayment.js';
import { reinstateMember } from '../commands/reinstateMember.js';
import { renewMembership } from '../commands/renewMembership.js';
import { runLifecycleJob } from '../commands/runLifecycleJob.js';
import { suspendMember } from '../commands/suspendMember.js';
import { idempotencyKeys } from '../data/tables.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { chinaDateOf } from '../lifecycle/clubCalendar.js';
import { toApplication, toCalendarDate, toOptionalText, toText } from '../lifecycleArguments.js';
import type { MembershipChangeModel } from '../models.js';

/** The ids of what a command changed: the answer stored under an idempotency key. */
function idsOf(change: MembershipChange): MembershipChangeModel {
  return { memberId: change.memberId, statusChangeId: change.statusChange?.id ?? null, termId: change.term?.id ?? null };
}

/**
 * Runs one lifecycle command in its own transaction, once per idempotency
 * key, and answers with the ids of what it changed; the payload's fields
 * load the rows after the commit.
 */
function inTransaction(
  context: RequestContext,
  request: { key: string | null | undefined; operation: string; input: Json },
  run: (tx: Database, now: Date) => Promise<MembershipChange>,
): Promise<MembershipChangeModel> {
  return context.db.transaction((tx) =>
    applyOnce(tx, idempotencyKeys, { ...request, viewer: context.viewer }, async () => {
      const answer: MembershipChangeModel & Record<string, Json> = { ...idsOf(await run(tx, new Date())) };
      return answer;
    }),
  );
}

/**
 * The members subgraph's mutations: the membership lifecycle. Each runs in
 * one transaction with its domain events and its idempotency key. Ids and
 * input are checked (BAD_USER_INPUT) and the viewer (FORBIDDEN) before any
 * SQL; the commands report NOT_FOUND and CONFLICT (see the schema).
 */
export const Mutation: MutationResolvers = {
  /** Records a prospect; staff, or a member for a prospect they refer. */
  applyForMembership: (_parent, args, context) => {
    const now = new Date();
    const checked = toApplication(args.application, chinaDateOf(now));
    const application = { ...checked, referrerId: referrerForApplicant(context.viewer, checked.referrerId, 'Mutation.applyForMembership') };
    return inTransaction(
      context,
      { key: args.idempotencyKey, operation: 'applyForMembership', input: { ...application, consents: { ...application.consents } } },
      (tx) => applyForMembership(tx, { application, now }),
    );
  },

  /** Admits a prospect on a fee plan; staff only. */
  admitMember: (_parent, args, context) => {
    const memberId = toUuid(args.memberId, 'memberId');
    const feePlanId = toSlug(args.feePlanId, 'feePlanId');
    const startsOn = args.startsOn === null || args.startsOn === undefined ? null : toCalendarDate(args.startsOn, 'startsOn');
    const duesPaid = args.duesPaid ?? true;
    assertStaffActs(context.viewer, 'Mutation.admitMember');
    return inTransaction(
      context,
      { key: args.idempotencyKey, operation: 'admitMember', input: { memberId, feePlanId, startsOn, duesPaid } },
      (tx, now) => admitMember(tx, { memberId, feePlanId, startsOn, duesPaid, now }),
    );
  },

  /** Renews an ACTIVE or LAPSED member's membership; staff only. */
  renewMembership: (_parent, args, context) => {
    const memberId = toUuid(args.memberId, 'memberId');
    const feePlanId = args.feePlanId === null || args.feePlanId === undefined ? null : toSlug(args.feePlanId, 'feePlanId');
    const startsOn = args.startsOn === null || args.startsOn === undefined ? null : toCalendarDate(args.startsOn, 'startsOn');
    const duesPaid = args.duesPaid ?? true;
    assertStaffActs(context.viewer, 'Mutation.renewMembership');
    return inTransaction(
      context,
      { key: args.idempotencyKey, operation: 'renewMembership', input: { memberId, feePlanId, startsOn, duesPaid } },
      (tx, now) => renewMembership(tx, { memberId, feePlanId, startsOn, duesPaid, now }),
    );
  },

  /** Records that an open term's dues were paid; staff only. */
  recordDuesPayment: (_parent, args, context) => {
    const termId = toUuid(args.termId, 'termId');
    assertStaffActs(context.viewer, 'Mutation.recordDuesPayment');
    return inTransaction(context, { key: args.idempotencyKey, operation: 'recordDuesPayment', input: { termId } }, (tx, now) =>
      recordDuesPayment(tx, { termId, now }),
    );
  },

  /** Suspends an ACTIVE member; staff only. */
  suspendMember: (_parent, args, context) => {
    const memberId = toUuid(args.memberId, 'memberId');
    const reason = toText(args.reason, 'reason', 500);
    assertStaffActs(context.viewer, 'Mutation.suspendMember');
    return inTransaction(context, { key: args.idempotencyKey, operation: 'suspendMember', input: { memberId, reason } }, (tx, now) =>
      suspendMember(tx, { memberId, reason, now }),
    );
  },

  /** Lifts a suspension; staff only. */
  reinstateMember: (_parent, args, context) => {
    const memberId = toUuid(args.memberId, 'memberId');
    const reason = toOptionalText(args.reason, 'reason', 500);
    assertStaffActs(context.viewer, 'Mutation.reinstateMember');
    return inTransaction(context, { key: args.idempotencyKey, operation: 'reinstateMember', input: { memberId, reason } }, (tx, now) =>
      reinstateMember(tx, { memberId, reason, now }),
    );
  },

  /** Ends a membership; the member themself or staff. */
  leaveClub: (_parent, args, context) => {
    const memberId = toUuid(args.memberId, 'memberId');
    const reason = toOptionalText(args.reason, 'reason', 500);
    assertActsForMember(context.viewer, memberId, 'Mutation.leaveClub');
    return inTransaction(context, { key: args.idempotencyKey, operation: 'leaveClub', input: { memberId, reason } }, (tx, now) =>
      leaveClub(tx, { memberId, reason, now }),
    );
  },

  /**
   * Applies the lapses and churns due by a day that has begun in China;
   * staff only. Answers with the status changes' ids.
   */
  runLifecycleJob: async (_parent, args, context) => {
    const asOfDate = assertNotAfterToday(toCalendarDate(args.asOf, 'asOf'), 'asOf', chinaDateOf(new Date()));
    assertStaffActs(context.viewer, 'Mutation.runLifecycleJob');
    return context.db.transaction((tx) =>
      applyOnce(tx, idempotencyKeys, { key: args.idempotencyKey, viewer: context.viewer, operation: 'runLifecycleJob', input: { asOfDate } }, async () => {
        const result = await runLifecycleJob(tx, { asOfDate });
        return {
          asOf: result.asOf,
          lapsedIds: result.lapsed.map((change) => change.id),
          churnedIds: result.churned.map((change) => change.id),
        };
      }),
    );
  },
};
