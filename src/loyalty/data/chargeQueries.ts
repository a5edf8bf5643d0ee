import { and, eq } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { pointsCharges, type PointsChargeRow } from './tables.js';

/** Which charge: the requesting subgraph and its reference. */
export interface ChargeKey {
  requestedBy: string;
  reference: string;
}

const byKey = (key: ChargeKey) =>
  and(eq(pointsCharges.requestedBy, key.requestedBy), eq(pointsCharges.reference, key.reference));

/** The charge booked under a key, or null when none was. */
export async function findCharge(tx: Database, key: ChargeKey): Promise<PointsChargeRow | null> {
  const [row] = await tx.select().from(pointsCharges).where(byKey(key));
  return row ?? null;
}

/** Remembers a charge, so that the reference is never charged again. */
export async function insertCharge(tx: Database, row: Omit<PointsChargeRow, 'refundEntryId' | 'refundedPoints'>): Promise<void> {
  await tx.insert(pointsCharges).values({ ...row, refundEntryId: null, refundedPoints: null });
}

/** Marks a charge refunded by the entry given. */
export async function markChargeRefunded(
  tx: Database,
  key: ChargeKey,
  refund: { entryId: string; points: number },
): Promise<void> {
  await tx
    .update(pointsCharges)
    .set({ refundEntryId: refund.entryId, refundedPoints: refund.points })
    .where(byKey(key));
}
