/**
 * The domain events the events subgraph records and those it reacts to, with
 * their payloads as the events contract fixes them (fields may be added,
 * never renamed or removed).
 */

/** The subgraph name events are recorded under, and the consumer name of its handlers. */
export const eventsSource = 'events';

/** Asks loyalty to charge the points of a seat; loyalty answers PointsCharged or PointsChargeDeclined. */
export type PointsChargeRequested = {
  reference: string;
  memberId: string;
  points: number;
  kind: 'SPEND_EVENT';
  reason: string;
  requestedAt: string;
};

/** Asks loyalty to give back the points charged for a seat given up. */
export type PointsRefundRequested = {
  reference: string;
  memberId: string;
  points: number;
  reason: string;
};

/** A member checked in at an event: attendance for lifecycle stages and value scores. */
export type MemberCheckedIn = {
  registrationId: string;
  eventId: string;
  memberId: string;
  checkedInAt: string;
};

/** A seat's fee was charged: revenue of the event-fee stream. */
export type EventFeeCharged = {
  registrationId: string;
  eventId: string;
  memberId: string;
  amountMinor: number;
  currency: string;
  chargedAt: string;
};

/** A seat's fee was refunded, its seat given up before the event. */
export type EventFeeRefunded = {
  registrationId: string;
  eventId: string;
  memberId: string;
  amountMinor: number;
  currency: string;
  refundedAt: string;
};

/** An event was created (as a draft): the partners subgraph learns it may be sponsored. */
export type EventCreated = {
  eventId: string;
  chapterId: string | null;
  title: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  createdAt: string;
};

/** Loyalty placed a member in a tier. */
export type TierChanged = {
  memberId: string;
  fromTier: string | null;
  toTier: string;
  reason: string;
  effectiveOn: string;
};

/** A member's status changed (PROSPECT, ACTIVE, LAPSED, CHURNED, SUSPENDED). */
export type MemberStatusChanged = {
  memberId: string;
  fromStatus: string | null;
  toStatus: string;
  reason: string;
  effectiveAt: string;
};

/** A member took a role in a chapter. */
export type LeadAppointed = {
  chapterId: string;
  memberId: string;
  role: string;
  since: string;
  appointedAt: string;
};

/** A member gave up a role in a chapter. */
export type LeadRemoved = {
  chapterId: string;
  memberId: string;
  role: string;
  removedAt: string;
};

/** Loyalty charged the points asked for under `reference`. */
export type PointsCharged = {
  reference: string;
  requestedBy: string;
  memberId: string;
  points: number;
  entryId: string;
};

/** Loyalty declined to charge the points asked for under `reference`. */
export type PointsChargeDeclined = {
  reference: string;
  requestedBy: string;
  memberId: string;
  points: number;
  balance: number;
  reason: string;
};

/** The charge reference of a registration: "registration:<id>". */
export const registrationReference = (registrationId: string) => `registration:${registrationId}`;

/** The registration id of a charge reference, or null when it is not a registration's. */
export function registrationIdOf(reference: string): string | null {
  const match = /^registration:([0-9a-f-]{36})$/.exec(reference);
  return match ? match[1]! : null;
}
