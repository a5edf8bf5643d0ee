import { defineSubgraph } from '../core/subgraph.js';
import { resolvers } from './resolvers/index.js';

/** Regions, chapters and their leads. */
export const chaptersSubgraph = defineSubgraph({ name: 'chapters', resolvers });
