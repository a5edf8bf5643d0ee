/**
 * What the partners subgraph's resolvers pass to each other: the GraphQL type
 * on the left is backed by the value on the right. Codegen reads these names.
 */
import type { Connection, Edge, EntityReference } from '../core/models.js';
import type { OfferRow, PartnerRow, SponsorshipRow } from './data/tables.js';

export type PartnerModel = PartnerRow;
export type PartnerConnectionModel = Connection<PartnerRow>;
export type PartnerEdgeModel = Edge<PartnerRow>;
export type SponsorshipModel = SponsorshipRow;
export type OfferModel = OfferRow;
export type EventModel = EntityReference;
export type ChapterModel = EntityReference;
export type BenefitModel = EntityReference;
