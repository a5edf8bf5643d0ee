/**
 * The messages between the bench (parent) and a target server (a child
 * process it forks). Internal to the bench.
 */

/** What a running target has done since it started. */
export interface TargetCounters {
  /** CPU time of the whole server process, in microseconds (process.cpuUsage). */
  cpuMicros: number;
  /** Operations the server answered, as the server itself counted them. */
  operations: number;
  /** SQL statements those operations sent. */
  statements: number;
}

export type ParentMessage = { type: 'sample'; id: number } | { type: 'stop' };

export type ChildMessage =
  | { type: 'ready'; url: string }
  | { type: 'sample'; id: number; counters: TargetCounters }
  | { type: 'failed'; message: string };

/** What every target module gives the child process that serves it. */
export interface RunningTarget {
  url: string;
  /** Operations answered and statements sent so far. */
  counts(): { operations: number; statements: number };
  stop(): Promise<void>;
}

/** The targets a bench run compares, in the order the report lists them. */
export const targetNames = ['gateway', 'plain', 'sql', 'postgraphile', 'stitched'] as const;
export type TargetName = (typeof targetNames)[number];

export const targetTitles: Record<TargetName, string> = {
  gateway: 'Paddock gateway (subgraphs in process)',
  plain: 'Same resolvers, one plain schema',
  sql: 'Hand-written SQL (postgres.js)',
  postgraphile: 'PostGraphile 5',
  stitched: 'Same subgraphs, @graphql-tools/federation (Hive Gateway) in place of @apollo/gateway',
};

/** The targets measured only when asked for (`--stitching`). */
export const optionalTargets: readonly TargetName[] = ['stitched'];
