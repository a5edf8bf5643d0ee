import { eq } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { feePlans, type FeePlanRow } from './tables.js';

/** The members subgraph's copy of a fee plan's dues; null when the id names no plan. */
export async function findFeePlan(db: Database, id: string): Promise<FeePlanRow | null> {
  const [row] = await db.select().from(feePlans).where(eq(feePlans.id, id));
  return row ?? null;
}
