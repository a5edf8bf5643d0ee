import { defineSubgraph } from '../core/subgraph.js';
import { partnersEventHandlers } from './handlers/index.js';
import { resolvers } from './resolvers/index.js';

/** Partners, their sponsorships of events and chapters, and their offers. */
export const partnersSubgraph = defineSubgraph({ name: 'partners', resolvers, eventHandlers: partnersEventHandlers });
