import type { Resolvers } from '../generated/resolvers.js';
import { Benefit } from './Benefit.js';
import { Member } from './Member.js';
import { Mutation } from './Mutation.js';
import { Partner } from './Partner.js';
import { Query } from './Query.js';
import { Redemption } from './Redemption.js';
import { Service } from './Service.js';
import { ServiceOrder } from './ServiceOrder.js';
import { Tier } from './Tier.js';
import { TierBenefit } from './TierBenefit.js';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Benefit,
  TierBenefit,
  Tier,
  Redemption,
  Service,
  ServiceOrder,
  Member,
  Partner,
};
