import type { EventHandler } from '../../core/bus/domainEvent.js';
import { onEventCreated } from './onEventCreated.js';

/** How the partners subgraph reacts to other subgraphs' facts. */
export const partnersEventHandlers = [onEventCreated] as EventHandler[];
