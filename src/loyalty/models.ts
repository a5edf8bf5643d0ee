/**
 * What the loyalty subgraph's resolvers pass to each other: the GraphQL type
 * on the left is backed by the value on the right. Codegen reads these names.
 */
import type { Connection, Edge, EntityReference } from '../core/models.js';
import type { TierReviewMove } from './commands/tierReview.js';
import type { FeePlanRow, PointsEntryRow, TierChangeRow, TierRow } from './data/tables.js';

export type TierModel = TierRow;
export type FeePlanModel = FeePlanRow;
export type TierChangeModel = TierChangeRow;
export type PointsEntryModel = PointsEntryRow;
export type PointsEntryConnectionModel = Connection<PointsEntryRow>;
export type PointsEntryEdgeModel = Edge<PointsEntryRow>;
export type MemberModel = EntityReference;

/** A review, previewed (with the moves it would make) or applied (its moves loaded when asked for). */
export interface TierReviewModel {
  half: string;
  asOf: string;
  applied: boolean;
  appliedAt: Date | null;
  /** A preview's moves, in member order; null for an applied review. */
  plannedMoves: TierReviewMove[] | null;
}
export type TierReviewMoveModel = TierReviewMove;
export type TierReviewMoveConnectionModel = Connection<TierReviewMove>;
export type TierReviewMoveEdgeModel = Edge<TierReviewMove>;
