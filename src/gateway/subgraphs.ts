import { benefitsSubgraph } from '../benefits/subgraph.js';
import { chaptersSubgraph } from '../chapters/subgraph.js';
import { busMigrations } from '../core/bus/busMigrations.js';
import type { MigrationSet } from '../core/database/migrate.js';
import type { Subgraph } from '../core/subgraph.js';
import { eventsSubgraph } from '../events/subgraph.js';
import { loyaltySubgraph } from '../loyalty/subgraph.js';
import { membersSubgraph } from '../members/subgraph.js';
import { partnersSubgraph } from '../partners/subgraph.js';

/** Every subgraph of the club graph, as the gateway serves them in process. */
export const subgraphs: readonly Subgraph[] = [
  chaptersSubgraph,
  membersSubgraph,
  loyaltySubgraph,
  benefitsSubgraph,
  eventsSubgraph,
  partnersSubgraph,
];

/** Everything to migrate for the whole graph: the event bus, then every subgraph. */
export const migrationSets: readonly MigrationSet[] = [busMigrations, ...subgraphs.map((subgraph) => subgraph.migrations)];
