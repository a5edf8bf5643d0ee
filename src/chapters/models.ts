/**
 * What the chapters subgraph's resolvers pass to each other: the GraphQL type
 * on the left is backed by the value on the right. Codegen reads these names.
 */
import type { Connection, Edge, EntityReference } from '../core/models.js';
import type { ChapterLeadRow, ChapterRow, RegionRow } from './data/tables.js';

export type RegionModel = RegionRow;
export type ChapterModel = ChapterRow;
export type ChapterLeadModel = ChapterLeadRow;
export type ChapterConnectionModel = Connection<ChapterRow>;
export type ChapterEdgeModel = Edge<ChapterRow>;
export type MemberModel = EntityReference;
