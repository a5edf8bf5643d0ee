import type { EventHandler } from '../../core/bus/domainEvent.js';
import { onMemberStatusChanged } from './onMemberStatusChanged.js';
import { onPointsChargeDeclined, onPointsCharged } from './onPointsCharged.js';
import { onTierChanged } from './onTierChanged.js';

/** How the benefits subgraph reacts to other subgraphs' facts. */
export const benefitsEventHandlers = [onTierChanged, onMemberStatusChanged, onPointsCharged, onPointsChargeDeclined] as EventHandler[];
