/**
 * What the loyalty subgraph's resolvers pass to each other: the GraphQL type
 * on the left is backed by the value on the right. Codegen reads these names.
 */
import type { Connection, Edge, EntityReference } from '../core/models.js';
import type { FeePlanRow, PointsEntryRow, TierChangeRow, TierRow } from './data/tables.js';

export type TierModel = TierRow;
export type FeePlanModel = FeePlanRow;
export type TierChangeModel = TierChangeRow;
export type PointsEntryModel = PointsEntryRow;
export type PointsEntryConnectionModel = Connection<PointsEntryRow>;
export type PointsEntryEdgeModel = Edge<PointsEntryRow>;
export type MemberModel = EntityReference;
