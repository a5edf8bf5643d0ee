/**
 * DataLoader keys for nested lists that take arguments. A key is the parent's
 * id plus the list's arguments; keys whose arguments are equal are answered
 * by one statement, so a request that asks the same list of many parents
 * sends one statement, not one per parent.
 */
export interface ListKey<TArgs> {
  parentId: string;
  args: TArgs;
}

/** The cache key of a list key: equal parents and equal arguments are one load. */
export function listCacheKey<TArgs>(key: ListKey<TArgs>): string {
  return `${key.parentId}|${JSON.stringify(key.args)}`;
}

/**
 * Answers a batch of list keys: one call of `run` per distinct set of
 * arguments, with every parent id that asked with them. `run` returns one
 * result per parent id, in the order given.
 */
export async function batchByArgs<TArgs, TResult>(
  keys: readonly ListKey<TArgs>[],
  run: (parentIds: string[], args: TArgs) => Promise<TResult[]>,
): Promise<TResult[]> {
  const groups = new Map<string, { args: TArgs; positions: number[]; parentIds: string[] }>();
  keys.forEach((key, position) => {
    const argsKey = JSON.stringify(key.args);
    let group = groups.get(argsKey);
    if (!group) {
      group = { args: key.args, positions: [], parentIds: [] };
      groups.set(argsKey, group);
    }
    group.positions.push(position);
    group.parentIds.push(key.parentId);
  });

  const results = new Array<TResult>(keys.length);
  await Promise.all(
    [...groups.values()].map(async (group) => {
      const answers = await run(group.parentIds, group.args);
      group.positions.forEach((position, index) => {
        results[position] = answers[index] as TResult;
      });
    }),
  );
  return results;
}
