import { defineSubgraph } from '../core/subgraph.js';
import { benefitsEventHandlers } from './handlers/index.js';
import { resolvers } from './resolvers/index.js';

/** The benefit matrix, redemptions and the value-added service catalogue with its orders. */
export const benefitsSubgraph = defineSubgraph({ name: 'benefits', resolvers, eventHandlers: benefitsEventHandlers });
