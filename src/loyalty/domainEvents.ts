/**
 * The domain events the loyalty subgraph records and those it reacts to,
 * with their payloads as the contract between the subgraphs fixes them
 * (fields may be added, never renamed). Payloads come from other processes,
 * so handlers read them as untrusted input.
 */

/** The subgraph name events are recorded under, and the consumer name of its handlers. */
export const loyaltySource = 'loyalty';

/** The ledger kinds a points charge may book. */
export const chargeKinds = ['SPEND_BENEFIT', 'SPEND_SERVICE', 'SPEND_EVENT'] as const;
export type ChargeKind = (typeof chargeKinds)[number];

/** benefits.PointsChargeRequested and events.PointsChargeRequested. */
export type PointsChargeRequested = {
  reference: string;
  memberId: string;
  points: number;
  kind: ChargeKind;
  reason: string;
  requestedAt: string;
};

/** benefits.PointsRefundRequested and events.PointsRefundRequested. */
export type PointsRefundRequested = {
  reference: string;
  memberId: string;
  points: number;
  reason: string;
};

/** loyalty.PointsCharged: the points asked for under `reference` are booked. */
export type PointsCharged = {
  reference: string;
  /** The subgraph that asked, which alone acts on the answer. */
  requestedBy: string;
  memberId: string;
  points: number;
  /** The ledger entry that took the points. */
  entryId: string;
};

/**
 * Why loyalty declined a charge: the balance is too small, the member has no
 * standing (unknown or not admitted), or the request itself is malformed
 * (points not a positive whole number, an unknown kind): a value this
 * subgraph added to the contract, as retrying such a request cannot help.
 */
export type ChargeDeclineReason = 'INSUFFICIENT_POINTS' | 'NO_STANDING' | 'INVALID_REQUEST';

/** loyalty.PointsChargeDeclined: nothing was booked for `reference`. */
export type PointsChargeDeclined = {
  reference: string;
  requestedBy: string;
  memberId: string;
  points: number;
  /** The balance when the charge was declined. */
  balance: number;
  reason: ChargeDeclineReason;
};

/** loyalty.PointsRefunded: points charged under `reference` are given back. */
export type PointsRefunded = {
  reference: string;
  requestedBy: string;
  memberId: string;
  /** The points refunded: what was asked for, never more than was charged. */
  points: number;
  /** The REFUND entry. */
  entryId: string;
};

/** loyalty.TierChanged: a member's tier changed. Tier ids are slugs such as "gold". */
export type TierChanged = {
  memberId: string;
  fromTier: string | null;
  toTier: string;
  reason: 'ADMISSION' | 'REVIEW_PROMOTION' | 'REVIEW_DEMOTION' | 'STAFF_DECISION';
  effectiveOn: string;
};
