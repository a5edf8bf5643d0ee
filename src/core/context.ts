import type { EventNotifier } from './bus/domainEvent.js';
import type { Database } from './database/database.js';
import type { Logger } from './logger.js';
import type { Viewer } from './viewer.js';

/**
 * What every resolver of every subgraph receives. In the default one-process
 * mode the gateway hands the same object to each subgraph, so it must hold
 * nothing that belongs to one subgraph only; subgraphs keep their loaders in
 * `requestScoped` caches keyed by this object instead.
 */
export interface RequestContext {
  readonly requestId: string;
  readonly viewer: Viewer;
  readonly logger: Logger;
  /** The database, counting the statements this request sends. */
  readonly db: Database;
  readonly statements: { count: number };
  /** Wakes the event bus once a transaction that recorded domain events has committed. */
  readonly events: EventNotifier;
}
