import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../core/context.js';
import { toUuid } from '../../core/ids.js';
import { prefetchSelected } from '../../core/prefetchSelected.js';
import { toConnection, toPageSize } from '../../core/pagination.js';
import { eventCursorKey, toEventPosition } from '../cursors.js';
import { countEvents, pageEvents } from '../data/eventQueries.js';
import { draftVisibility, isVisibleEvent } from '../draftVisibility.js';
import { toEventFilter } from '../eventFilter.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { eventLoaders } from '../loaders.js';
import { toRegistrationsPage } from './Event.js';

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
  event: async (_parent, { id }, context, info) => {
    const eventId = toUuid(id, 'id');
    prefetchEventFields(eventId, context, info);
    const event = await eventLoaders(context).event.load(eventId);
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

/**
 * Starts the reads of the event page's counts, ratings and (for staff, who
 * may always read them) registrations with the event's own (see
 * prefetchSelected); each field still checks its access when it resolves.
 */
function prefetchEventFields(eventId: string, context: RequestContext, info: GraphQLResolveInfo): void {
  const loaders = eventLoaders(context);
  const counts = () => loaders.registrationCounts.load(eventId);
  prefetchSelected(info, {
    confirmedCount: counts,
    pendingPaymentCount: counts,
    seatsLeft: counts,
    waitlistCount: counts,
    attendedCount: counts,
    participationRate: counts,
    ratings: () => loaders.ratingTotals.load(eventId),
    ...(context.viewer.role === 'staff' && {
      registrations: (args) => loaders.eventRegistrations.load(toRegistrationsPage(eventId, args).key),
    }),
  });
}
