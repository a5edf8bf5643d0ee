import { eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { members } from './tables.js';

/** The stages after REACHED, each reached at a first fact of its own kind. */
export type LaterStage = 'activatedAt' | 'retainedAt' | 'monetisedAt';

/**
 * The furthest stage reached, from the stage timestamps: the lifecycle
 * stage column is always derived this way, never set on its own.
 */
function furthestStage(reached: Record<LaterStage, SQL>): SQL {
  return sql`case when ${reached.monetisedAt} is not null then 'MONETISED'
    when ${reached.retainedAt} is not null then 'RETAINED'
    when ${reached.activatedAt} is not null then 'ACTIVATED'
    else 'REACHED' end::members.lifecycle_stage`;
}

/**
 * Records that a member reached a stage at `at`, unless they reached it
 * earlier: the stage keeps the time of its first fact, whatever order the
 * facts arrive in, and the lifecycle stage follows. A member the id does not
 * name is left alone.
 */
export async function recordStageReached(tx: Database, memberId: string, stage: LaterStage, at: Date): Promise<void> {
  const earliest = sql`least(${members[stage]}, ${at.toISOString()}::timestamptz)`;
  const value = (name: LaterStage) => (name === stage ? earliest : sql`${members[name]}`);
  await tx
    .update(members)
    .set({
      [stage]: earliest,
      lifecycleStage: furthestStage({
        activatedAt: value('activatedAt'),
        retainedAt: value('retainedAt'),
        monetisedAt: value('monetisedAt'),
      }),
    })
    .where(eq(members.id, memberId));
}
