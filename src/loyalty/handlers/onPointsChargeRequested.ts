import type { EventHandler } from '../../core/bus/domainEvent.js';
import { chargePoints } from '../commands/chargePoints.js';
import { processedEvents } from '../data/tables.js';
import { loyaltySource, type PointsChargeRequested } from '../domainEvents.js';

/** The handler of `<source>.PointsChargeRequested`, answering with requestedBy = source. */
function chargeRequestedBy(source: string): EventHandler<PointsChargeRequested> {
  return {
    consumer: loyaltySource,
    type: `${source}.PointsChargeRequested`,
    inbox: processedEvents,
    handle: (tx, event) => chargePoints(tx, source, event.payload),
  };
}

/** benefits.PointsChargeRequested: a redemption or service order waits for its points. */
export const onBenefitsPointsChargeRequested = chargeRequestedBy('benefits');

/** events.PointsChargeRequested: a registration for an event priced in points waits for them. */
export const onEventsPointsChargeRequested = chargeRequestedBy('events');
