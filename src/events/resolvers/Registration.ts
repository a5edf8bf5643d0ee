import { isUuid } from '../../core/ids.js';
import { invariant } from '../../core/invariant.js';
import type { RegistrationResolvers } from '../generated/resolvers.js';
import { eventLoaders } from '../loaders.js';

/**
 * Registration: owned by the events subgraph; key `id`. Who may list
 * registrations is decided by the lists (`Event.registrations`,
 * `Member.registrations`); a registration itself carries no personal data
 * beyond the member reference.
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
   * priced in points.
   */
  pointsCharged: (registration) => (registration.pointsEntryId === null ? null : registration.pointsCharged),

  /** The member's rating of the event; null until given. Batched. */
  rating: (registration, _args, context) => eventLoaders(context).rating.load(registration.id),
};
