/**
 * What the benefits subgraph's resolvers pass to each other: the GraphQL type
 * on the left is backed by the value on the right. Codegen reads these names.
 */
import type { EntityReference } from '../core/models.js';
import type { BenefitRow, RedemptionRow, ServiceOrderRow, ServiceRow, TierBenefitRow } from './data/tables.js';

export type BenefitModel = BenefitRow;
export type TierBenefitModel = TierBenefitRow;
export type RedemptionModel = RedemptionRow;
export type ServiceModel = ServiceRow;
export type ServiceOrderModel = ServiceOrderRow;
export type TierModel = EntityReference;
export type MemberModel = EntityReference;
export type PartnerModel = EntityReference;
