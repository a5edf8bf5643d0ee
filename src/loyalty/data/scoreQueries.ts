import { and, gte, inArray, lt, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../core/database/database.js';
import { equalsAny, preparedQueryPerShape } from '../../core/database/preparedQuery.js';
import type { ScoreComponents } from '../rules/valueScore.js';
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

/** The ledger's kinds of earning, which count towards the score. */
const earnKinds = ['EARN_ATTENDANCE', 'EARN_SPEND', 'EARN_REFERRAL', 'EARN_CONTRIBUTION'] as const;

/**
 * The value score's components of several members (or all) over a window,
 * in one statement: the score facts and the ledger's earnings, summed per
 * member. The score itself is computed from them by rules/valueScore.ts.
 */
export function sumScoreComponents(db: Database, query: ScoreComponentsQuery): Promise<ScoreComponentsRow[]> {
  if (query.memberIds !== null && query.memberIds.length === 0) return Promise.resolve([]);
  const values: Record<string, unknown> = {
    from: new Date(query.window.from).toISOString(),
    until: new Date(query.window.until).toISOString(),
  };
  if (query.memberIds !== null) values.memberIds = query.memberIds;
  return scoreComponents(db, { everyone: query.memberIds === null }, values);
}

/**
 * sumScoreComponents's statement, one for some members (a member page, a
 * list) and one for every member (the tier review), prepared once each.
 */
const scoreComponents = preparedQueryPerShape<{ everyone: boolean }, ScoreComponentsRow[]>(
  'score_components',
  ({ everyone }) => (everyone ? 'of_everyone' : 'of_members'),
  (db, { everyone }, statementName) => {
    const from = sql`${sql.placeholder('from')}::timestamptz`;
    const until = sql`${sql.placeholder('until')}::timestamptz`;
    const ofMembers = (column: PgColumn) => (everyone ? undefined : equalsAny(column, 'memberIds'));
    const zero = (name: string) => sql<number>`0`.as(name);

    const facts = db
      .select({
        memberId: sql<string>`${scoreFacts.memberId}`.as('member_id'),
        spend: sql<number>`case when ${scoreFacts.kind} = 'SPEND' then ${scoreFacts.amount} else 0 end`.as('spend'),
        earned: zero('earned'),
        attended: sql<number>`case when ${scoreFacts.kind} = 'ATTENDANCE' then 1 else 0 end`.as('attended'),
        referred: sql<number>`case when ${scoreFacts.kind} = 'REFERRAL' then 1 else 0 end`.as('referred'),
        contributed: zero('contributed'),
      })
      .from(scoreFacts)
      .where(and(ofMembers(scoreFacts.memberId), gte(scoreFacts.occurredAt, from), lt(scoreFacts.occurredAt, until)))
      .unionAll(
        db
          .select({
            memberId: sql<string>`${pointsEntries.memberId}`.as('member_id'),
            spend: zero('spend'),
            earned: sql<number>`${pointsEntries.points}`.as('earned'),
            attended: zero('attended'),
            referred: zero('referred'),
            contributed: sql<number>`case when ${pointsEntries.kind} = 'EARN_CONTRIBUTION' then 1 else 0 end`.as('contributed'),
          })
          .from(pointsEntries)
          .where(
            and(
              ofMembers(pointsEntries.memberId),
              inArray(pointsEntries.kind, [...earnKinds]),
              gte(pointsEntries.occurredAt, from),
              lt(pointsEntries.occurredAt, until),
            ),
          ),
      )
      .as('facts');

    return db
      .select({
        memberId: facts.memberId,
        spendMinor: sql<number>`sum(${facts.spend})::bigint`.mapWith(Number),
        pointsEarned: sql<number>`sum(${facts.earned})::bigint`.mapWith(Number),
        attendances: sql<number>`sum(${facts.attended})::int`.mapWith(Number),
        referrals: sql<number>`sum(${facts.referred})::int`.mapWith(Number),
        contributions: sql<number>`sum(${facts.contributed})::int`.mapWith(Number),
      })
      .from(facts)
      .groupBy(facts.memberId)
      .prepare(statementName);
  },
);

/** Records a score fact unless one of its kind and source is there; true when it was new. */
export async function recordScoreFact(tx: Database, fact: ScoreFactRow): Promise<boolean> {
  const inserted = await tx.insert(scoreFacts).values(fact).onConflictDoNothing().returning({ source: scoreFacts.source });
  return inserted.length > 0;
}
