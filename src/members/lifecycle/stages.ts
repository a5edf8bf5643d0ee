import type { MemberRow } from '../data/tables.js';

export type LifecycleStage = MemberRow['lifecycleStage'];

/** The stages in funnel order, each with the member column recording when it was reached. */
const stageColumns = [
  ['REACHED', 'reachedAt'],
  ['ACTIVATED', 'activatedAt'],
  ['RETAINED', 'retainedAt'],
  ['MONETISED', 'monetisedAt'],
] as const satisfies readonly (readonly [LifecycleStage, keyof MemberRow])[];

/** The stages a member has reached with when, in the order reached (funnel order for ties). */
export function stagesReached(member: MemberRow): { stage: LifecycleStage; reachedAt: Date }[] {
  return stageColumns
    .flatMap(([stage, column], position) => {
      const reachedAt = member[column];
      return reachedAt === null ? [] : [{ stage, reachedAt, position }];
    })
    .sort((a, b) => a.reachedAt.getTime() - b.reachedAt.getTime() || a.position - b.position)
    .map(({ stage, reachedAt }) => ({ stage, reachedAt }));
}

/**
 * The furthest stage (in funnel order) a member had reached before an
 * instant, as the lifecycle stage column counts it; null before they were
 * reached at all.
 */
export function stageBefore(member: MemberRow, before: Date): LifecycleStage | null {
  let furthest: LifecycleStage | null = null;
  for (const [stage, column] of stageColumns) {
    const reachedAt = member[column];
    if (reachedAt !== null && reachedAt.getTime() < before.getTime()) furthest = stage;
  }
  return furthest;
}
