import { defineSubgraph } from '../core/subgraph.js';
import { resolvers } from './resolvers/index.js';

export const membersSubgraph = defineSubgraph({ name: 'members', resolvers });
