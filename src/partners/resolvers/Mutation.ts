import { assertStaff } from '../../core/access.js';
import type { RequestContext } from '../../core/context.js';
import { applyOnce } from '../../core/idempotency/applyOnce.js';
import { toUuid } from '../../core/ids.js';
import { invariant } from '../../core/invariant.js';
import { coverEvent, uncoverEvent } from '../commands/coverEvent.js';
import { idempotencyKeys, type SponsorshipRow } from '../data/tables.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { partnerLoaders } from '../loaders.js';

type CoverageWrite = typeof coverEvent;

/**
 * Runs a change of what a sponsorship covers in one transaction under the
 * client's idempotency key (staff only), and reads the sponsorship back
 * past the request's loader cache.
 */
async function changeCoverage(
  context: RequestContext,
  operation: string,
  args: { sponsorshipId: string; eventId: string; idempotencyKey?: string | null },
  write: CoverageWrite,
): Promise<SponsorshipRow> {
  const sponsorshipId = toUuid(args.sponsorshipId, 'sponsorshipId');
  const eventId = toUuid(args.eventId, 'eventId');
  assertStaff(context.viewer, `Mutation.${operation}`);

  const input = { sponsorshipId, eventId };
  await context.db.transaction((tx) =>
    applyOnce(tx, idempotencyKeys, { key: args.idempotencyKey, viewer: context.viewer, operation, input }, async () => {
      await write(tx, input);
      return sponsorshipId;
    }),
  );
  const loaders = partnerLoaders(context);
  loaders.sponsorshipEvents.clear(sponsorshipId);
  const sponsorship = await loaders.sponsorship.clear(sponsorshipId).load(sponsorshipId);
  invariant(sponsorship, `Sponsorship ${sponsorshipId} was committed but cannot be read.`);
  return sponsorship;
}

/** The partners subgraph's mutations: staff say which events a sponsorship covers. */
export const Mutation: MutationResolvers = {
  /** Makes a sponsorship cover an event; staff only. Never null. */
  sponsorEvent: (_parent, args, context) => changeCoverage(context, 'sponsorEvent', args, coverEvent),

  /** Takes an event from what a sponsorship covers; staff only. Never null. */
  withdrawEventSponsorship: (_parent, args, context) => changeCoverage(context, 'withdrawEventSponsorship', args, uncoverEvent),
};
