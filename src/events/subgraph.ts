import { defineSubgraph } from '../core/subgraph.js';
import { eventsEventHandlers } from './handlers/index.js';
import { resolvers } from './resolvers/index.js';

/** Events, registrations and ratings; adds calendars to chapters and registrations to members. */
export const eventsSubgraph = defineSubgraph({ name: 'events', resolvers, eventHandlers: eventsEventHandlers });
