/**
 * The domain events the members subgraph records and those it reacts to,
 * with their payloads as the events contract fixes them (fields may be
 * added, never renamed or removed).
 */
import type { MemberStatus } from './lifecycle/transitions.js';

/** The subgraph name events are recorded under, and the consumer name of its handlers. */
export const membersSource = 'members';

/** Someone applied, or the club recorded a prospect it reached. */
export type MemberApplied = {
  memberId: string;
  chapterId: string;
  referrerId: string | null;
  appliedAt: string;
};

/** A prospect became active for the first time, on a fee plan. */
export type MemberAdmitted = {
  memberId: string;
  feePlanId: string;
  termId: string;
  admittedOn: string;
  referrerId: string | null;
};

/** Any change of a member's status; fromStatus is null for an application. */
export type MemberStatusChanged = {
  memberId: string;
  fromStatus: MemberStatus | null;
  toStatus: MemberStatus;
  reason: string;
  effectiveAt: string;
};

/** A member took up a following term (or a new one after lapsing). */
export type MembershipRenewed = {
  memberId: string;
  termId: string;
  feePlanId: string;
  startsOn: string;
  endsOn: string;
};

/** The dues of a term were paid. */
export type DuesPaid = {
  memberId: string;
  termId: string;
  amountMinor: number;
  currency: string;
  paidAt: string;
};

/** Events: a member was checked in at an event. */
export type MemberCheckedIn = {
  registrationId: string;
  eventId: string;
  memberId: string;
  checkedInAt: string;
};

/** Benefits: a redemption stands. */
export type BenefitRedeemed = {
  memberId: string;
  benefitId: string;
  redemptionId: string;
  redeemedAt: string;
  pointsCost: number;
};

/** Benefits: a value-added service was ordered and paid. */
export type ServiceOrdered = {
  memberId: string;
  serviceId: string;
  orderId: string;
  amountMinor: number;
  currency: string;
  orderedAt: string;
};

/** Loyalty: a member was placed in a tier. */
export type TierChanged = {
  memberId: string;
  fromTier: string | null;
  toTier: string;
  reason: string;
  effectiveOn: string;
};
