import type { Database } from '../../core/database/database.js';
import { sumScoreComponents } from '../data/scoreQueries.js';
import { noScoreComponents, scoreWindow, valueScoreOf } from '../rules/valueScore.js';

/** A member's value score as of a China calendar day; 0 without facts. */
export async function scoreAsOf(db: Database, memberId: string, asOf: string): Promise<number> {
  const [row] = await sumScoreComponents(db, { memberIds: [memberId], window: scoreWindow(asOf) });
  return valueScoreOf(row ?? noScoreComponents);
}
