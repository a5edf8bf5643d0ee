import { defineSubgraph } from '../core/subgraph.js';
import { resolvers } from './resolvers/index.js';

export const partnersSubgraph = defineSubgraph({ name: 'partners', resolvers });
