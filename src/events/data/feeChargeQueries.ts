import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { feeCharges, type FeeChargeRow } from './tables.js';

/** Records the fee charged for a seat. */
export async function insertFeeCharge(tx: Database, row: FeeChargeRow): Promise<void> {
  await tx.insert(feeCharges).values(row);
}

/**
 * Marks a registration's fee refunded and returns the charge; null when the
 * registration was charged no fee or the fee is refunded already.
 */
export async function refundFeeCharge(tx: Database, registrationId: string, refundedAt: Date): Promise<FeeChargeRow | null> {
  const [row] = await tx
    .update(feeCharges)
    .set({ refundedAt })
    .where(and(eq(feeCharges.registrationId, registrationId), isNull(feeCharges.refundedAt)))
    .returning();
  return row ?? null;
}
