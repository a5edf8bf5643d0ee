import { defineSubgraph } from '../core/subgraph.js';
import { resolvers } from './resolvers/index.js';

export const loyaltySubgraph = defineSubgraph({ name: 'loyalty', resolvers });
