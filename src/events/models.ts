/**
 * What the events subgraph's resolvers pass to each other: the GraphQL type
 * on the left is backed by the value on the right. Codegen reads these names.
 */
import type { Connection, Edge, EntityReference } from '../core/models.js';
import type { EventRow, RatingRow, RegistrationRow } from './data/tables.js';

export type EventModel = EventRow;
export type RegistrationModel = RegistrationRow;
export type RatingModel = RatingRow;
export type EventConnectionModel = Connection<EventRow>;
export type EventEdgeModel = Edge<EventRow>;
export type RegistrationConnectionModel = Connection<RegistrationRow>;
export type RegistrationEdgeModel = Edge<RegistrationRow>;
export type ChapterModel = EntityReference;
export type MemberModel = EntityReference;
export type TierModel = EntityReference;
