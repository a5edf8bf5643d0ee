import type { RequestContext } from '../../core/context.js';
import { applyOnce, type Json } from '../../core/idempotency/applyOnce.js';
import { toUuid } from '../../core/ids.js';
import { invariant } from '../../core/invariant.js';
import { assertActsForMember } from '../access.js';
import { cancelRegistration } from '../commands/cancelRegistration.js';
import { checkIn } from '../commands/checkIn.js';
import { cancelEvent, changeEvent, createEvent, publishEvent } from '../commands/manageEvents.js';
import { rateEvent, toRatingValues } from '../commands/rateEvent.js';
import { registerForEvent } from '../commands/registerForEvent.js';
import { idempotencyKeys, type EventRow, type RegistrationRow } from '../data/tables.js';
import { toNewEventDetails, toUpdatedEventDetails } from '../eventInput.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { eventLoaders } from '../loaders.js';

/** Input as the idempotency table hashes it: dates as ISO strings, left-out fields left out. */
const toJson = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;

/**
 * Runs one write in a transaction of its own under the client's idempotency
 * key; the answer stored for a key is the id of what changed.
 */
function applyWrite(
  context: RequestContext,
  request: { key: string | null | undefined; operation: string; input: unknown },
  write: (tx: RequestContext['db'], now: Date) => Promise<{ id: string }>,
): Promise<string> {
  return context.db.transaction((tx) =>
    applyOnce(
      tx,
      idempotencyKeys,
      { key: request.key, viewer: context.viewer, operation: request.operation, input: toJson(request.input) },
      async () => (await write(tx, new Date())).id,
    ),
  );
}

/** The event as committed, read past anything the request's loader cached before the write. */
async function committedEvent(context: RequestContext, id: string): Promise<EventRow> {
  const event = await eventLoaders(context).event.clear(id).load(id);
  invariant(event, `Event ${id} was committed but cannot be read.`);
  return event;
}

/** The registration as committed, read past the request's loader cache. */
async function committedRegistration(context: RequestContext, id: string): Promise<RegistrationRow> {
  const loaders = eventLoaders(context);
  loaders.rating.clear(id);
  const registration = await loaders.registration.clear(id).load(id);
  invariant(registration, `Registration ${id} was committed but cannot be read.`);
  return registration;
}

/**
 * The events subgraph's mutations. Each runs in one transaction with its
 * domain events and its idempotency key; who may run each is checked inside
 * the transaction (a chapter lead by the copy of the leads). Ids are checked
 * as UUIDs first: BAD_USER_INPUT naming the argument.
 */
export const Mutation: MutationResolvers = {
  /** Creates a DRAFT event; staff or a lead of its chapter. Never null. */
  createEvent: async (_parent, args, context) => {
    // Checked inside the write, against its clock: a retry of a key already
    // applied answers as before, even once the start it gave has passed.
    const id = await applyWrite(context, { key: args.idempotencyKey, operation: 'createEvent', input: args.input }, (tx, now) =>
      createEvent(tx, { viewer: context.viewer, details: toNewEventDetails(args.input, now), now }),
    );
    return committedEvent(context, id);
  },

  /** Changes an event's details; staff or a lead of its chapter. Never null. */
  updateEvent: async (_parent, args, context) => {
    const id = toUuid(args.id, 'id');
    await applyWrite(context, { key: args.idempotencyKey, operation: 'updateEvent', input: { id, input: args.input } }, (tx, now) =>
      changeEvent(tx, { viewer: context.viewer, id, details: (current) => toUpdatedEventDetails(current, args.input, now), now }),
    );
    return committedEvent(context, id);
  },

  /** Opens a DRAFT for registration; staff or a lead of its chapter. Never null. */
  publishEvent: async (_parent, args, context) => {
    const id = toUuid(args.id, 'id');
    await applyWrite(context, { key: args.idempotencyKey, operation: 'publishEvent', input: { id } }, (tx, now) =>
      publishEvent(tx, { viewer: context.viewer, id, now }),
    );
    return committedEvent(context, id);
  },

  /** Calls an event off with all its registrations; staff or a lead of its chapter. Never null. */
  cancelEvent: async (_parent, args, context) => {
    const id = toUuid(args.id, 'id');
    await applyWrite(context, { key: args.idempotencyKey, operation: 'cancelEvent', input: { id } }, (tx, now) =>
      cancelEvent(tx, { viewer: context.viewer, id, now }),
    );
    return committedEvent(context, id);
  },

  /** Registers a member (themself, or by staff): confirmed, pending payment or waitlisted. Never null. */
  registerForEvent: async (_parent, args, context) => {
    const eventId = toUuid(args.eventId, 'eventId');
    const memberId = toUuid(args.memberId, 'memberId');
    assertActsForMember(context.viewer, memberId, 'Mutation.registerForEvent');
    const id = await applyWrite(
      context,
      { key: args.idempotencyKey, operation: 'registerForEvent', input: { eventId, memberId } },
      (tx, now) => registerForEvent(tx, { eventId, memberId, now }),
    );
    return committedRegistration(context, id);
  },

  /** Cancels a registration (the member themself, or staff), promoting the waitlist. Never null. */
  cancelRegistration: async (_parent, args, context) => {
    const id = toUuid(args.id, 'id');
    await applyWrite(context, { key: args.idempotencyKey, operation: 'cancelRegistration', input: { id } }, (tx, now) =>
      cancelRegistration(tx, { viewer: context.viewer, id, now }),
    );
    return committedRegistration(context, id);
  },

  /** Checks a confirmed member in, once; staff or a lead of the event's chapter. Never null. */
  checkIn: async (_parent, args, context) => {
    const registrationId = toUuid(args.registrationId, 'registrationId');
    await applyWrite(context, { key: args.idempotencyKey, operation: 'checkIn', input: { registrationId } }, (tx, now) =>
      checkIn(tx, { viewer: context.viewer, registrationId, now }),
    );
    return committedRegistration(context, registrationId);
  },

  /** Rates an attended event once after it ended; the member themself. Returns the registration. */
  rateEvent: async (_parent, args, context) => {
    const registrationId = toUuid(args.registrationId, 'registrationId');
    const values = toRatingValues(args.input);
    await applyWrite(
      context,
      { key: args.idempotencyKey, operation: 'rateEvent', input: { registrationId, input: args.input } },
      async (tx, now) => {
        await rateEvent(tx, { viewer: context.viewer, registrationId, values, now });
        return { id: registrationId };
      },
    );
    return committedRegistration(context, registrationId);
  },
};
