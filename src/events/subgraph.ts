import { defineSubgraph } from '../core/subgraph.js';
import { resolvers } from './resolvers/index.js';

export const eventsSubgraph = defineSubgraph({ name: 'events', resolvers });
