import { toUuid } from '../../core/ids.js';
import { listBenefits } from '../data/benefitQueries.js';
import { listServices } from '../data/serviceQueries.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { benefitLoaders } from '../loaders.js';

/** The benefits subgraph's root fields. The benefit and service catalogues are public. */
export const Query: QueryResolvers = {
  /**
   * Benefits by layer (basic, value-added, exclusive), then name, then id;
   * optionally one layer's.
   */
  benefits: (_parent, { layer }, { db }) => listBenefits(db, layer ?? null),

  /** A benefit by UUID; null when unknown, BAD_USER_INPUT (argument "id") when malformed. */
  benefit: (_parent, { id }, context) => benefitLoaders(context).benefit.load(toUuid(id, 'id')),

  /** Services by kind (in enum order), then name, then id; optionally one kind's. */
  services: (_parent, { kind }, { db }) => listServices(db, kind ?? null),

  /** A service by UUID; null when unknown, BAD_USER_INPUT (argument "id") when malformed. */
  service: (_parent, { id }, context) => benefitLoaders(context).service.load(toUuid(id, 'id')),
};
