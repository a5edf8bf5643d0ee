import type { Database } from '../../core/database/database.js';
import { bookPointsEntry } from '../data/ledgerWrites.js';
import { recordScoreFact } from '../data/scoreQueries.js';
import { lockStanding } from '../data/standingQueries.js';
import type { PointsEntryKind, ScoreFactRow } from '../data/tables.js';

/**
 * Counts a fact another subgraph reported (a service order, a check-in, a
 * referral) for the value score and books the points it earns, dated when
 * it happened, inside the handler's transaction. A fact already counted
 * (the same kind and source) books nothing: a member earns once per order,
 * check-in or referred member, however often it is reported. Only members
 * loyalty holds a standing for (admitted ones) earn and are counted.
 */
export async function earnForFact(
  tx: Database,
  earning: { fact: ScoreFactRow; points: number; kind: PointsEntryKind; reason: string },
): Promise<void> {
  const standing = await lockStanding(tx, earning.fact.memberId);
  if (!standing) return;
  if (!(await recordScoreFact(tx, earning.fact))) return;
  if (earning.points <= 0) return;

  await bookPointsEntry(tx, {
    memberId: earning.fact.memberId,
    points: earning.points,
    kind: earning.kind,
    reason: earning.reason,
    occurredAt: earning.fact.occurredAt,
  });
}
