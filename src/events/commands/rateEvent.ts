import type { Database } from '../../core/database/database.js';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../core/errors.js';
import { invariant } from '../../core/invariant.js';
import type { Viewer } from '../../core/viewer.js';
import { findEvents } from '../data/eventQueries.js';
import { insertRating } from '../data/ratingQueries.js';
import type { RatingRow } from '../data/tables.js';
import type { RatingInput } from '../generated/resolvers.js';
import { findExistingRegistration } from './cancelRegistration.js';

const maxCommentLength = 2_000;

function toScore(value: number, argument: string, least: number, most: number): number {
  if (!Number.isInteger(value) || value < least || value > most) {
    throw new BadUserInputError(`Argument "${argument}" must be a whole number from ${least} to ${most}; got ${value}.`, { argument });
  }
  return value;
}

/** A rating's values from rateEvent's input; BAD_USER_INPUT naming the field out of range. */
export function toRatingValues(input: RatingInput): Pick<RatingRow, 'satisfaction' | 'likelyToRecommend' | 'comment'> {
  const comment = input.comment?.trim() || null;
  if (comment !== null && comment.length > maxCommentLength) {
    throw new BadUserInputError(`Argument "input.comment" must be at most ${maxCommentLength} characters.`, { argument: 'input.comment' });
  }
  return {
    satisfaction: toScore(input.satisfaction, 'input.satisfaction', 1, 5),
    likelyToRecommend: toScore(input.likelyToRecommend, 'input.likelyToRecommend', 0, 10),
    comment,
  };
}

/**
 * Records an attendee's rating of an event, once, after it has ended. Only
 * the member themself rates, and only with a check-in: a rating speaks for
 * someone who was there. A second rating meets the first at the table's
 * primary key and is a CONFLICT, however close together they come.
 */
export async function rateEvent(
  tx: Database,
  request: { viewer: Viewer; registrationId: string; values: ReturnType<typeof toRatingValues>; now: Date },
): Promise<RatingRow> {
  const registration = await findExistingRegistration(tx, request.registrationId, 'registrationId');
  if (request.viewer.role !== 'member' || request.viewer.memberId !== registration.memberId) {
    throw new ForbiddenError('Only the member who attended may rate an event.', { field: 'Mutation.rateEvent', reason: 'ATTENDEE_ONLY' });
  }
  if (registration.checkedInAt === null) {
    throw new ForbiddenError('Only attendees rate an event: the member did not check in.', {
      field: 'Mutation.rateEvent',
      reason: 'NOT_ATTENDED',
    });
  }
  const [event] = await findEvents(tx, [registration.eventId]);
  invariant(event, `Registration ${registration.id} names an event that does not exist.`);
  if (request.now.getTime() < event.endsAt.getTime()) {
    throw new ConflictError(`The event "${event.title}" ends at ${event.endsAt.toISOString()}: it can be rated after that.`, {
      reason: 'EVENT_NOT_ENDED',
      status: event.status,
    });
  }

  const rating = await insertRating(tx, {
    registrationId: registration.id,
    eventId: registration.eventId,
    ...request.values,
    ratedAt: request.now,
  });
  if (!rating) throw new ConflictError('The member already rated this event.', { reason: 'ALREADY_RATED', status: registration.status });
  return rating;
}
