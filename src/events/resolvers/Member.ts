import { assertStaffOrSelf } from '../../core/access.js';
import { toPageSize } from '../../core/pagination.js';
import type { MemberResolvers } from '../generated/resolvers.js';
import { eventLoaders } from '../loaders.js';

/**
 * Member: owned by the members subgraph; the events subgraph adds the member's
 * registrations. Key `id`; references resolve to `{ id }` without SQL.
 */
export const Member: MemberResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),

  /**
   * The member's latest registrations, newest first (registered_at desc, id
   * desc), at most `first`. Private record: staff and the member themself
   * only, anyone else gets null and FORBIDDEN on this field. Batched: every
   * member asked with the same arguments shares one statement.
   */
  registrations: (member, args, context) => {
    assertStaffOrSelf(context.viewer, member.id, 'Member.registrations');
    const limit = toPageSize(args.first);
    return eventLoaders(context).memberRegistrations.load({
      parentId: member.id,
      args: { status: args.status ?? null, limit },
    });
  },

  /**
   * The member's registrations for events not yet ended, soonest first, at
   * most `first`; cancelled ones left out. Private record: staff and the
   * member themself only. Batched across members.
   */
  upcomingEvents: (member, args, context) => {
    assertStaffOrSelf(context.viewer, member.id, 'Member.upcomingEvents');
    const limit = toPageSize(args.first);
    return eventLoaders(context).memberCalendar.load({ parentId: member.id, args: { when: 'UPCOMING', limit } });
  },

  /**
   * The member's confirmed registrations for events that have ended, latest
   * first, at most `first`. Private record: staff and the member themself
   * only. Batched across members.
   */
  pastEvents: (member, args, context) => {
    assertStaffOrSelf(context.viewer, member.id, 'Member.pastEvents');
    const limit = toPageSize(args.first);
    return eventLoaders(context).memberCalendar.load({ parentId: member.id, args: { when: 'PAST', limit } });
  },
};
