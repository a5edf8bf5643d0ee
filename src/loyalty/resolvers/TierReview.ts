import type { RequestContext } from '../../core/context.js';
import { BadUserInputError } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { decodeCursor, toConnection, toPageSize } from '../../core/pagination.js';
import type { TierReviewMove } from '../commands/tierReview.js';
import type { TierReviewResolvers } from '../generated/resolvers.js';
import { loyaltyLoaders } from '../loaders.js';
import type { TierReviewModel } from '../models.js';

/** A preview's moves as planned; an applied review's as its changes recorded them. */
function movesOf(review: TierReviewModel, context: RequestContext): Promise<TierReviewMove[]> {
  return review.plannedMoves ? Promise.resolve(review.plannedMoves) : loyaltyLoaders(context).reviewMoves.load(review.half);
}

/** The member id a moves cursor points after; BAD_USER_INPUT for a cursor this list did not make. */
function toMoveCursor(after: string | null | undefined): string | null {
  const key = decodeCursor(after, 1);
  if (key === null) return null;
  const [memberId] = key;
  if (typeof memberId !== 'string' || !isUuid(memberId)) {
    throw new BadUserInputError('Argument "after" is not a cursor this list returned.', { argument: 'after' });
  }
  return memberId.toLowerCase();
}

/**
 * A tier review, previewed or applied. It is reached through staff-only
 * root fields, which have checked the viewer.
 */
export const TierReview: TierReviewResolvers = {
  /** How many members move up; never null. */
  promotions: async (review, _args, context) =>
    (await movesOf(review, context)).filter((move) => move.reason === 'REVIEW_PROMOTION').length,

  /** How many members move down; never null. */
  demotions: async (review, _args, context) =>
    (await movesOf(review, context)).filter((move) => move.reason === 'REVIEW_DEMOTION').length,

  /** A page of the moves in member id order, with member id cursors; never null. */
  moves: async (review, args, context) => {
    const pageSize = toPageSize(args.first);
    const after = toMoveCursor(args.after);
    const moves = await movesOf(review, context);
    const rest = after === null ? moves : moves.filter((move) => move.memberId > after);
    return toConnection({
      rows: rest.slice(0, pageSize + 1),
      pageSize,
      afterCursor: after !== null,
      keyOf: (move) => [move.memberId],
      count: async () => moves.length,
    });
  },
};
