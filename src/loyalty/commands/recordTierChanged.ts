import { recordEvent } from '../../core/bus/recordEvent.js';
import type { Database } from '../../core/database/database.js';
import type { TierChangeRow } from '../data/tables.js';
import { loyaltySource, type TierChanged } from '../domainEvents.js';

/** Records loyalty.TierChanged for a change just written, in the same transaction. */
export async function recordTierChanged(tx: Database, change: TierChangeRow): Promise<void> {
  const payload: TierChanged = {
    memberId: change.memberId,
    fromTier: change.fromTierId,
    toTier: change.toTierId,
    reason: change.reason,
    effectiveOn: change.effectiveOn,
  };
  await recordEvent(tx, { type: 'loyalty.TierChanged', source: loyaltySource, payload: { ...payload } });
}
