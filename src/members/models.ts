/**
 * What the members subgraph's resolvers pass to each other: the GraphQL type
 * on the left is backed by the value on the right. Codegen reads these names.
 */
import type { Connection, Edge, EntityReference } from '../core/models.js';
import type { CarRow, MemberRow, MembershipTermRow, StatusChangeRow } from './data/tables.js';

export type MemberModel = MemberRow;
export type CarModel = CarRow;
export type MembershipTermModel = MembershipTermRow;
export type MemberConnectionModel = Connection<MemberRow>;
export type MemberEdgeModel = Edge<MemberRow>;
export type ChapterModel = EntityReference;
export type FeePlanModel = EntityReference;
export type StatusChangeModel = StatusChangeRow;

/**
 * A lifecycle mutation's answer by ids, as stored under an idempotency key;
 * its fields load the rows after the transaction has committed.
 */
export interface MembershipChangeModel {
  memberId: string;
  statusChangeId: string | null;
  termId: string | null;
}

/** A lifecycle job run's answer by ids, as stored under an idempotency key. */
export interface LifecycleJobRunModel {
  asOf: string;
  lapsedIds: string[];
  churnedIds: string[];
}

export interface LifecycleStageReachedModel {
  stage: MemberRow['lifecycleStage'];
  reachedAt: Date;
}

/** A member on a day ("YYYY-MM-DD"); the fields look the day's facts up. */
export interface MembershipStateModel {
  member: MemberRow;
  date: string;
}
