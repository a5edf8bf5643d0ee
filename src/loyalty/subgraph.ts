import { defineSubgraph } from '../core/subgraph.js';
import { loyaltyEventHandlers } from './handlers/index.js';
import { resolvers } from './resolvers/index.js';

/** Tiers, fee plans, and each member's standing, points ledger and tier history. */
export const loyaltySubgraph = defineSubgraph({ name: 'loyalty', resolvers, eventHandlers: loyaltyEventHandlers });
