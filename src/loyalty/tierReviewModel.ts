import type { TierReviewRow } from './data/tables.js';
import type { TierReviewModel } from './models.js';

/** The model of an applied review, whose moves are loaded when asked for. */
export function appliedReviewOf(row: TierReviewRow): TierReviewModel {
  return { half: row.half, asOf: row.asOf, applied: true, appliedAt: row.appliedAt, plannedMoves: null };
}
