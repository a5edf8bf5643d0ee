/**
 * The domain events the benefits subgraph records and those it reacts to,
 * with their payloads as the catalogue in the brief fixes them (fields may be
 * added, never renamed).
 */

/** The subgraph name events are recorded under, and the consumer name of its handlers. */
export const benefitsSource = 'benefits';

/** Asks loyalty to spend a member's points; loyalty answers PointsCharged or PointsChargeDeclined. */
export type PointsChargeRequested = {
  reference: string;
  memberId: string;
  points: number;
  kind: 'SPEND_BENEFIT' | 'SPEND_SERVICE';
  reason: string;
  requestedAt: string;
};

/** Asks loyalty to give back points charged under `reference`. */
export type PointsRefundRequested = {
  reference: string;
  memberId: string;
  points: number;
  reason: string;
};

/** A redemption stands: it had no points cost, or its points are charged. */
export type BenefitRedeemed = {
  memberId: string;
  benefitId: string;
  redemptionId: string;
  redeemedAt: string;
  pointsCost: number;
};

/** A service order is placed and paid (points included). */
export type ServiceOrdered = {
  memberId: string;
  serviceId: string;
  orderId: string;
  amountMinor: number;
  currency: string;
  orderedAt: string;
};

/** The members subgraph moved a member from one status to another. */
export type MemberStatusChanged = {
  memberId: string;
  fromStatus: string | null;
  toStatus: string;
  reason: string;
  effectiveAt: string;
};

/** Loyalty placed a member in a tier. */
export type TierChanged = {
  memberId: string;
  fromTier: string | null;
  toTier: string;
  reason: string;
  effectiveOn: string;
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

/** The charge reference of a redemption: "redemption:<id>". */
export const redemptionReference = (redemptionId: string) => `redemption:${redemptionId}`;

/** The charge reference of a service order: "service-order:<id>". */
export const serviceOrderReference = (orderId: string) => `service-order:${orderId}`;
