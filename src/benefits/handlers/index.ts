import type { EventHandler } from '../../core/bus/domainEvent.js';
import { onPointsChargeDeclined, onPointsCharged } from './onPointsCharged.js';
import { onTierChanged } from './onTierChanged.js';

/** How the benefits subgraph reacts to other subgraphs' facts. */
export const benefitsEventHandlers = [onTierChanged, onPointsCharged, onPointsChargeDeclined] as EventHandler[];
