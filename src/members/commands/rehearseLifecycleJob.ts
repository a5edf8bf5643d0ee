import { TransactionRollbackError } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { invariant } from '../../core/invariant.js';
import { runLifecycleJob, type LifecycleJobResult } from './runLifecycleJob.js';

/**
 * What the lifecycle job would do as of a day, with nothing written: the job
 * itself runs, rules and locks included, in a transaction that is then
 * rolled back, so its answer is exactly what a run would apply if nothing
 * changed before it (no dues paid, no renewals). Any day may be rehearsed,
 * one after today too, whose lapses a real run must not apply yet. The
 * domain events it records are rolled back with the rest.
 */
export async function rehearseLifecycleJob(db: Database, request: { asOfDate: string }): Promise<LifecycleJobResult> {
  let result: LifecycleJobResult | undefined;
  try {
    await db.transaction(async (tx) => {
      result = await runLifecycleJob(tx, request);
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
  invariant(result, 'The rehearsed lifecycle job ended without an answer.');
  return result;
}
