import { BadUserInputError } from '../core/errors.js';
import { toSlug } from '../core/ids.js';
import { decodeCursor } from '../core/pagination.js';
import type { MemberListFilter } from './data/memberQueries.js';
import type { MemberFilter } from './generated/resolvers.js';

/**
 * The `filter` argument of a members list as the data layer takes it. Every
 * field is set (null for "any") and always in the same order, because the
 * chapter members loader groups requests by the filter's JSON.
 */
export function toMemberListFilter(
  filter: MemberFilter | null | undefined,
  options: { withChapter: boolean },
): MemberListFilter {
  const chapterId =
    options.withChapter && filter?.chapterId ? toSlug(filter.chapterId, 'filter.chapterId') : null;
  return {
    chapterId,
    tier: filter?.tier ?? null,
    status: filter?.status ?? null,
    lifecycleStage: filter?.lifecycleStage ?? null,
    carBrand: filter?.carBrand ?? null,
    powertrain: filter?.powertrain ?? null,
  };
}

/**
 * The member number an `after` cursor of a members list points at. A cursor
 * of another list can decode to a string; it is refused here with the same
 * error as any other cursor this list did not return.
 */
export function toMemberCursor(after: string | null | undefined): number | null {
  const key = decodeCursor(after, 1);
  if (key === null) return null;
  const [memberNumber] = key;
  if (typeof memberNumber !== 'number' || !Number.isSafeInteger(memberNumber)) {
    throw new BadUserInputError('Argument "after" is not a cursor this list returned.', { argument: 'after' });
  }
  return memberNumber;
}
