import type { Resolvers } from '../generated/resolvers.js';
import { FeePlan } from './FeePlan.js';
import { Member } from './Member.js';
import { Query } from './Query.js';
import { Tier } from './Tier.js';
import { TierChange } from './TierChange.js';

export const resolvers: Resolvers = { Query, Tier, FeePlan, Member, TierChange };
