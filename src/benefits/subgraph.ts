import { defineSubgraph } from '../core/subgraph.js';
import { resolvers } from './resolvers/index.js';

export const benefitsSubgraph = defineSubgraph({ name: 'benefits', resolvers });
