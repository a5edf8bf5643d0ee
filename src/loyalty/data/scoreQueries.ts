import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import type { ScoreComponents } from '../rules/valueScore.js';
import { rowsOf } from './rowsOf.js';
import { pointsEntries, scoreFacts, type ScoreFactRow } from './tables.js';

/** One member's score components; members without facts have no row. */
export interface ScoreComponentsRow extends ScoreComponents {
  memberId: string;
}

export interface ScoreComponentsQuery {
  /** The members to sum for; every member when null. */
  memberIds: readonly string[] | null;
  /** Facts at or after `from` and before `until`, in milliseconds since the epoch. */
  window: { from: number; until: number };
}

const earnKinds = sql`('EARN_ATTENDANCE', 'EARN_SPEND', 'EARN_REFERRAL', 'EARN_CONTRIBUTION')`;

/**
 * The value score's components of several members (or all) over a window,
 * in one statement: the score facts and the ledger's earnings, summed per
 * member. The score itself is computed from them by rules/valueScore.ts.
 */
export async function sumScoreComponents(db: Database, query: ScoreComponentsQuery): Promise<ScoreComponentsRow[]> {
  if (query.memberIds !== null && query.memberIds.length === 0) return [];
  const from = sql`${new Date(query.window.from).toISOString()}::timestamptz`;
  const until = sql`${new Date(query.window.until).toISOString()}::timestamptz`;
  const ofMembers = (column: SQL): SQL =>
    query.memberIds === null ? sql`true` : sql`${column} in (${sql.join(query.memberIds.map((id) => sql`${id}::uuid`), sql`, `)})`;

  const result = await db.execute(sql`
    select member_id as "memberId",
           sum(spend)::bigint as "spendMinor", sum(earned)::bigint as "pointsEarned",
           sum(attended)::int as attendances, sum(referred)::int as referrals, sum(contributed)::int as contributions
    from (
      select ${scoreFacts.memberId} as member_id,
             case when ${scoreFacts.kind} = 'SPEND' then ${scoreFacts.amount} else 0 end as spend, 0 as earned,
             case when ${scoreFacts.kind} = 'ATTENDANCE' then 1 else 0 end as attended,
             case when ${scoreFacts.kind} = 'REFERRAL' then 1 else 0 end as referred, 0 as contributed
      from ${scoreFacts}
      where ${ofMembers(sql`${scoreFacts.memberId}`)} and ${scoreFacts.occurredAt} >= ${from} and ${scoreFacts.occurredAt} < ${until}
      union all
      select ${pointsEntries.memberId}, 0, ${pointsEntries.points}, 0, 0,
             case when ${pointsEntries.kind} = 'EARN_CONTRIBUTION' then 1 else 0 end
      from ${pointsEntries}
      where ${ofMembers(sql`${pointsEntries.memberId}`)} and ${pointsEntries.kind} in ${earnKinds}
        and ${pointsEntries.occurredAt} >= ${from} and ${pointsEntries.occurredAt} < ${until}
    ) facts
    group by member_id`);

  return rowsOf<Record<string, unknown>>(result).map((row) => ({
    memberId: String(row.memberId),
    spendMinor: Number(row.spendMinor),
    pointsEarned: Number(row.pointsEarned),
    attendances: Number(row.attendances),
    referrals: Number(row.referrals),
    contributions: Number(row.contributions),
  }));
}

/** Records a score fact unless one of its kind and source is there; true when it was new. */
export async function recordScoreFact(tx: Database, fact: ScoreFactRow): Promise<boolean> {
  const inserted = await tx.insert(scoreFacts).values(fact).onConflictDoNothing().returning({ source: scoreFacts.source });
  return inserted.length > 0;
}
