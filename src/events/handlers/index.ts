import type { EventHandler } from '../../core/bus/domainEvent.js';
import { onLeadAppointed, onLeadRemoved } from './onLeadChanged.js';
import { onMemberStatusChanged } from './onMemberStatusChanged.js';
import { onPointsChargeDeclined, onPointsCharged } from './onPointsCharged.js';
import { onTierChanged } from './onTierChanged.js';

/** How the events subgraph reacts to other subgraphs' facts. */
export const eventsEventHandlers = [
  onTierChanged,
  onMemberStatusChanged,
  onLeadAppointed,
  onLeadRemoved,
  onPointsCharged,
  onPointsChargeDeclined,
] as EventHandler[];
