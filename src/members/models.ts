/**
 * What the members subgraph's resolvers pass to each other: the GraphQL type
 * on the left is backed by the value on the right. Codegen reads these names.
 */
import type { Connection, Edge, EntityReference } from '../core/models.js';
import type { CarRow, MemberRow, MembershipTermRow } from './data/tables.js';

export type MemberModel = MemberRow;
export type CarModel = CarRow;
export type MembershipTermModel = MembershipTermRow;
export type MemberConnectionModel = Connection<MemberRow>;
export type MemberEdgeModel = Edge<MemberRow>;
export type ChapterModel = EntityReference;
export type FeePlanModel = EntityReference;
