import type { EventHandler } from '../../core/bus/domainEvent.js';
import { onBenefitsPointsChargeRequested, onEventsPointsChargeRequested } from './onPointsChargeRequested.js';
import { onBenefitsPointsRefundRequested, onEventsPointsRefundRequested } from './onPointsRefundRequested.js';

/** How the loyalty subgraph reacts to other subgraphs' facts. */
export const loyaltyEventHandlers = [
  onBenefitsPointsChargeRequested,
  onEventsPointsChargeRequested,
  onBenefitsPointsRefundRequested,
  onEventsPointsRefundRequested,
] as EventHandler[];
