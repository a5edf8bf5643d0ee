import type { EventResolvers } from '../generated/resolvers.js';
import { partnerLoaders } from '../loaders.js';

/** Event: owned by the events subgraph, key `id`; the partners subgraph adds its sponsors. */
export const Event: EventResolvers = {
  /** Events are the events subgraph's rows: the reference is all this subgraph needs, so no SQL. */
  __resolveReference: (reference) => ({ id: reference.id }),

  /**
   * The partners whose sponsorships cover the event, each once at its highest
   * level: TITLE first, then PLATINUM, then GOLD, then by name. One statement
   * for all events of a request; empty for an unsponsored or unknown event.
   */
  sponsors: (event, _args, context) => partnerLoaders(context).eventSponsors.load(event.id),
};
