import { BadUserInputError } from '../core/errors.js';
import { toSlug } from '../core/ids.js';
import type { DraftVisibility, EventFilterValues } from './data/eventQueries.js';
import type { EventFilter } from './generated/resolvers.js';

/**
 * Checks an `EventFilter` argument and turns it into the values the data layer
 * takes. A malformed chapter id or an empty start window is BAD_USER_INPUT
 * naming the input field (`filter.chapterId`, `filter.startsBefore`).
 *
 * Under `Chapter.events` the chapter is given by the parent, so the filter's
 * chapterId and national are ignored there, unchecked (`forChapter`). Drafts
 * the viewer may not see are left out whatever the filter says.
 */
export function toEventFilter(
  input: EventFilter | null | undefined,
  options: { drafts: DraftVisibility; forChapter?: boolean },
): EventFilterValues {
  const chapterId = options.forChapter || !input?.chapterId ? null : toSlug(input.chapterId, 'filter.chapterId');
  const national = options.forChapter ? null : (input?.national ?? null);
  const startsFrom = input?.startsFrom ?? null;
  const startsBefore = input?.startsBefore ?? null;

  // An empty window is a client mistake rather than a question whose answer
  // is "no events": it usually means the two bounds were swapped.
  if (startsFrom !== null && startsBefore !== null && startsBefore.getTime() <= startsFrom.getTime()) {
    throw new BadUserInputError('Argument "filter.startsBefore" must be later than "filter.startsFrom".', {
      argument: 'filter.startsBefore',
    });
  }

  return {
    chapterId,
    national,
    kind: input?.kind ?? null,
    status: input?.status ?? null,
    startsFrom,
    startsBefore,
    drafts: options.drafts,
  };
}
