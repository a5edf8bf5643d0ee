import { sql } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { rowsOf } from './rowsOf.js';
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
 * Books one EXPIRE entry for each member whose points earned before `cutoff`
 * exceed everything their ledger has taken (spends, negative adjustments,
 * earlier expiries): first in first out, the excess is what is left of the
 * old earnings (see rules/points.ts). Returns the entries booked, one per
 * member.
 */
export async function bookExpiries(
  tx: Database,
  run: { cutoff: Date; bookedAt: Date; reason: string },
): Promise<{ memberId: string; points: number }[]> {
  const cutoff = sql`${run.cutoff.toISOString()}::timestamptz`;
  const oldCredits = sql`sum(${pointsEntries.points}) filter (where ${pointsEntries.points} > 0 and ${pointsEntries.occurredAt} < ${cutoff})`;
  const debits = sql`coalesce(sum(-${pointsEntries.points}) filter (where ${pointsEntries.points} < 0), 0)`;
  const result = await tx.execute(sql`
    insert into ${pointsEntries} (id, member_id, points, kind, reason, occurred_at)
    select gen_random_uuid(), member_id, -(old_credits - debits)::integer, 'EXPIRE', ${run.reason}, ${run.bookedAt.toISOString()}::timestamptz
    from (
      select ${pointsEntries.memberId} as member_id, ${oldCredits} as old_credits, ${debits} as debits
      from ${pointsEntries}
      where ${pointsEntries.memberId} in (
        select ${pointsEntries.memberId} from ${pointsEntries}
        where ${pointsEntries.points} > 0 and ${pointsEntries.occurredAt} < ${cutoff})
      group by ${pointsEntries.memberId}
    ) ledgers
    where old_credits > debits
    returning member_id as "memberId", points`);
  return rowsOf<{ memberId: string; points: number }>(result).map((row) => ({ memberId: row.memberId, points: Number(row.points) }));
}
