import { assertStaffOrSelf } from '../../core/access.js';
import { isUuid } from '../../core/ids.js';
import { invariant } from '../../core/invariant.js';
import type { RegistrationResolvers } from '../generated/resolvers.js';
import { eventLoaders } from '../loaders.js';

/**
 * Registration: owned by the events subgraph; key `id`. Who may list
 * registrations is decided by the lists: `Member.registrations` and the
 * calendars for staff and the member, `Event.registrations` for staff and
 * the leads of the event's chapter, who check members in. What a seat is
 * (who, its status, when) is for whoever may list it; what the member paid
 * for it, why it was cancelled (POINTS_DECLINED tells of their points) and
 * what they thought of the event are the member's private record, for staff
 * and the member only, FORBIDDEN on that field to a chapter's lead.
 */
export const Registration: RegistrationResolvers = {
  /** Loads the registration; null when the id names none (or is no UUID). */
  __resolveReference: (reference, context) =>
    isUuid(reference.id) ? eventLoaders(context).registration.load(reference.id.toLowerCase()) : null,

  /** The event registered for; never null, enforced by a foreign key. */
  event: async (registration, _args, context) => {
    const event = await eventLoaders(context).event.load(registration.eventId);
    invariant(event, `Registration ${registration.id} names an event that does not exist.`);
    return event;
  },

  /** The member, as a reference the members subgraph resolves. */
  member: (registration) => ({ id: registration.memberId }),

  /**
   * The 1-based place among the event's waitlisted registrations by sequence;
   * null unless waitlisted. Batched in one statement per request.
   */
  waitlistPosition: (registration, _args, context) =>
    registration.status === 'WAITLISTED' ? eventLoaders(context).waitlistPosition.load(registration.id) : null,

  /**
   * The points the member's ledger was charged for the seat: the points
   * asked, once loyalty's PointsCharged named the ledger entry; null while
   * the charge is pending, when loyalty declined it, and at an event not
   * priced in points. Staff and the member only.
   */
  pointsCharged: (registration, _args, { viewer }) => {
    assertStaffOrSelf(viewer, registration.memberId, 'Registration.pointsCharged');
    return registration.pointsEntryId === null ? null : registration.pointsCharged;
  },

  /** Why it was cancelled; null unless cancelled. Staff and the member only. */
  cancellationReason: (registration, _args, { viewer }) => {
    assertStaffOrSelf(viewer, registration.memberId, 'Registration.cancellationReason');
    return registration.cancellationReason;
  },

  /** The member's rating of the event; null until given. Staff and the member only. Batched. */
  rating: (registration, _args, context) => {
    assertStaffOrSelf(context.viewer, registration.memberId, 'Registration.rating');
    return eventLoaders(context).rating.load(registration.id);
  },
};
