import { toUuid } from '../../core/ids.js';
import { toConnection, toPageSize } from '../../core/pagination.js';
import { eventCursorKey, toEventPosition } from '../cursors.js';
import { countEvents, pageEvents } from '../data/eventQueries.js';
import { draftVisibility, isVisibleEvent } from '../draftVisibility.js';
import { toEventFilter } from '../eventFilter.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { eventLoaders } from '../loaders.js';

/**
 * The events subgraph's root fields. The calendar is public: anyone may list
 * events, except drafts (see draftVisibility); who registered is guarded on
 * `Event.registrations`.
 */
export const Query: QueryResolvers = {
  /**
   * An event by UUID; null when unknown or a draft the viewer may not see,
   * BAD_USER_INPUT when malformed.
   */
  event: async (_parent, { id }, context) => {
    const event = await eventLoaders(context).event.load(toUuid(id, 'id'));
    return event && isVisibleEvent(event, await draftVisibility(context)) ? event : null;
  },

  /**
   * Events in order of start then id, filtered as asked; a cursor connection
   * paged by keyset on (starts_at, id). totalCount is counted only when
   * selected.
   */
  events: async (_parent, args, context) => {
    const { db } = context;
    const pageSize = toPageSize(args.first);
    const after = toEventPosition(args.after);
    const filter = toEventFilter(args.filter, { drafts: await draftVisibility(context) });
    const rows = await pageEvents(db, { filter, after, limit: pageSize + 1 });
    return toConnection({
      rows,
      pageSize,
      afterCursor: after !== null,
      keyOf: eventCursorKey,
      count: () => countEvents(db, filter),
    });
  },
};
