import { sql } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { rowsOf } from './rowsOf.js';
import { maxEntryPoints } from '../rules/points.js';
import { memberStandings, pointsEntries } from './tables.js';

/**
 * Locks, in member order, the standing of every member who earned points
 * before `cutoff`: the members an expiry run may book for. Taken in one
 * order by every run, the locks cannot deadlock with each other, and a
 * member's spends wait until the run has booked.
 */
export async function lockStandingsEarningBefore(tx: Database, cutoff: Date): Promise<void> {
  await tx.execute(sql`
    select ${memberStandings.memberId} from ${memberStandings}
    where ${memberStandings.memberId} in (
      select ${pointsEntries.memberId} from ${pointsEntries}
      where ${pointsEntries.points} > 0 and ${pointsEntries.occurredAt} < ${cutoff.toISOString()}::timestamptz)
    order by ${memberStandings.memberId}
    for update`);
}

/**
 * Books EXPIRE entries for each member whose points earned before `cutoff`
 * exceed everything their ledger has taken (spends, negative adjustments,
 * earlier expiries): first in first out, the excess is what is left of the
 * old earnings (see rules/points.ts). The sums are bigint, and the excess is
 * booked in entries of at most `maxEntryPoints` (rules/points.ts
 * expiryEntries), so a ledger of any legal length expires. Returns the
 * entries booked, a member's one after another.
 */
export async function bookExpiries(
  tx: Database,
  run: { cutoff: Date; bookedAt: Date; reason: string },
): Promise<{ memberId: string; points: number }[]> {
  const cutoff = sql`${run.cutoff.toISOString()}::timestamptz`;
  const oldCredits = sql`sum(${pointsEntries.points}) filter (where ${pointsEntries.points} > 0 and ${pointsEntries.occurredAt} < ${cutoff})`;
  const debits = sql`coalesce(sum(-${pointsEntries.points}) filter (where ${pointsEntries.points} < 0), 0)`;
  const most = sql.raw(String(maxEntryPoints));
  const result = await tx.execute(sql`
    insert into ${pointsEntries} (id, member_id, points, kind, reason, occurred_at)
    select gen_random_uuid(), member_id, -least(excess - part * ${most}, ${most})::integer, 'EXPIRE', ${run.reason},
           ${run.bookedAt.toISOString()}::timestamptz
    from (
      select ${pointsEntries.memberId} as member_id, ${oldCredits} - ${debits} as excess
      from ${pointsEntries}
      where ${pointsEntries.memberId} in (
        select ${pointsEntries.memberId} from ${pointsEntries}
        where ${pointsEntries.points} > 0 and ${pointsEntries.occurredAt} < ${cutoff})
      group by ${pointsEntries.memberId}
    ) ledgers
    cross join lateral generate_series(0, (excess - 1) / ${most}) as part
    where excess > 0
    returning member_id as "memberId", points`);
  return rowsOf<{ memberId: string; points: number }>(result).map((row) => ({ memberId: row.memberId, points: Number(row.points) }));
}
