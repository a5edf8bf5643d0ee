import { invariant } from '../../core/invariant.js';
import type { StatusChangeRow } from '../data/tables.js';
import type { LifecycleJobRunResolvers } from '../generated/resolvers.js';
import { memberLoaders } from '../loaders.js';
import type { RequestContext } from '../../core/context.js';

async function loadChanges(context: RequestContext, ids: readonly string[]): Promise<StatusChangeRow[]> {
  const changes = await memberLoaders(context).statusChange.loadMany(ids);
  return changes.map((change, index) => {
    invariant(change !== null && !(change instanceof Error), `Status change ${ids[index]} was committed but cannot be read.`);
    return change;
  });
}

/** What a run of the lifecycle job did, loaded after it committed; staff only reach it. */
export const LifecycleJobRun: LifecycleJobRunResolvers = {
  /** The lapses this run recorded, by member id. */
  lapsed: (run, _args, context) => loadChanges(context, run.lapsedIds),

  /** The churns this run recorded, by member id. */
  churned: (run, _args, context) => loadChanges(context, run.churnedIds),
};
