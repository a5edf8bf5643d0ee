import type { EventHandler } from '../../core/bus/domainEvent.js';
import { onMemberAdmitted } from './onMemberAdmitted.js';
import { onMemberCheckedIn } from './onMemberCheckedIn.js';
import { onMemberStatusChanged } from './onMemberStatusChanged.js';
import { onBenefitsPointsChargeRequested, onEventsPointsChargeRequested } from './onPointsChargeRequested.js';
import { onBenefitsPointsRefundRequested, onEventsPointsRefundRequested } from './onPointsRefundRequested.js';
import { onServiceOrdered } from './onServiceOrdered.js';

/** How the loyalty subgraph reacts to other subgraphs' facts. */
export const loyaltyEventHandlers = [
  onBenefitsPointsChargeRequested,
  onEventsPointsChargeRequested,
  onBenefitsPointsRefundRequested,
  onEventsPointsRefundRequested,
  onMemberAdmitted,
  onServiceOrdered,
  onMemberCheckedIn,
  onMemberStatusChanged,
] as EventHandler[];
