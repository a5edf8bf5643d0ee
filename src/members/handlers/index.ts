import type { EventHandler } from '../../core/bus/domainEvent.js';
import { onBenefitRedeemed } from './onBenefitRedeemed.js';
import { onMemberCheckedIn } from './onMemberCheckedIn.js';
import { onServiceOrdered } from './onServiceOrdered.js';
import { onTierChanged } from './onTierChanged.js';

/** How the members subgraph reacts to other subgraphs' facts. */
export const membersEventHandlers = [onMemberCheckedIn, onBenefitRedeemed, onServiceOrdered, onTierChanged] as EventHandler[];
