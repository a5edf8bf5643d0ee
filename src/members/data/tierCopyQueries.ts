import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { members, type MemberRow } from './tables.js';

export type TierCode = NonNullable<MemberRow['tierCode']>;

/**
 * Copies a member's tier from a TierChanged fact, unless the copy already
 * holds a later one: facts may arrive out of order, and the later effective
 * day (then the later recording) wins. A member the id does not name is left
 * alone.
 */
export async function recordTierCopy(
  tx: Database,
  copy: { memberId: string; tierCode: TierCode; effectiveOn: string; changedAt: Date },
): Promise<void> {
  await tx
    .update(members)
    .set({ tierCode: copy.tierCode, tierEffectiveOn: copy.effectiveOn, tierChangedAt: copy.changedAt })
    .where(
      and(
        eq(members.id, copy.memberId),
        or(
          isNull(members.tierEffectiveOn),
          sql`(${members.tierEffectiveOn}, ${members.tierChangedAt}) <= (${copy.effectiveOn}::date, ${copy.changedAt.toISOString()}::timestamptz)`,
        ),
      ),
    );
}
