/**
 * The domain events the partners subgraph reacts to, with the payload fields
 * it reads (the producer's payload may hold more).
 */

/** The consumer name of the partners subgraph's handlers. */
export const partnersSource = 'partners';

/** An event was created in the events subgraph. */
export type EventCreated = { eventId: string; createdAt: string };
