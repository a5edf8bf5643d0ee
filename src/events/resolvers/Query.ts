import { toUuid } from '../../core/ids.js';
import { toConnection, toPageSize } from '../../core/pagination.js';
import { eventCursorKey, toEventPosition } from '../cursors.js';
import { countEvents, pageEvents } from '../data/eventQueries.js';
import { toEventFilter } from '../eventFilter.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { eventLoaders } from '../loaders.js';

/**
 * The events subgraph's root fields. The calendar is public: anyone may list
 * events; who registered is guarded on `Event.registrations`.
 */
export const Query: QueryResolvers = {
  /** An event by UUID; null when unknown, BAD_USER_INPUT when malformed. */
  event: (_parent, { id }, context) => eventLoaders(context).event.load(toUuid(id, 'id')),

  /**
   * Events in order of start then id, filtered as asked; a cursor connection
   * paged by keyset on (starts_at, id). totalCount is counted only when
   * selected.
   */
  events: async (_parent, args, { db }) => {
    const pageSize = toPageSize(args.first);
    const after = toEventPosition(args.after);
    const filter = toEventFilter(args.filter);
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
