import type { EventHandler } from '../../core/bus/domainEvent.js';
import { refundPoints } from '../commands/refundPoints.js';
import { processedEvents } from '../data/tables.js';
import { loyaltySource, type PointsRefundRequested } from '../domainEvents.js';

/** The handler of `<source>.PointsRefundRequested`, answering with requestedBy = source. */
function refundRequestedBy(source: string): EventHandler<PointsRefundRequested> {
  return {
    consumer: loyaltySource,
    type: `${source}.PointsRefundRequested`,
    inbox: processedEvents,
    handle: (tx, event) => refundPoints(tx, source, event.payload),
  };
}

/** benefits.PointsRefundRequested: a charged redemption or order was undone. */
export const onBenefitsPointsRefundRequested = refundRequestedBy('benefits');

/** events.PointsRefundRequested: a registration paid in points was cancelled. */
export const onEventsPointsRefundRequested = refundRequestedBy('events');
