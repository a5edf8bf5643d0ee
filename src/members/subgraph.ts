import { defineSubgraph } from '../core/subgraph.js';
import { membersEventHandlers } from './handlers/index.js';
import { resolvers } from './resolvers/index.js';

/** Members: profiles, cars, status and lifecycle, membership terms; adds members to chapters. */
export const membersSubgraph = defineSubgraph({ name: 'members', resolvers, eventHandlers: membersEventHandlers });
