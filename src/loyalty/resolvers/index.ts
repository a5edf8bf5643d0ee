import type { Resolvers } from '../generated/resolvers.js';
import { FeePlan } from './FeePlan.js';
import { Member } from './Member.js';
import { Mutation } from './Mutation.js';
import { PointsEntry } from './PointsEntry.js';
import { Query } from './Query.js';
import { Tier } from './Tier.js';
import { TierChange } from './TierChange.js';
import { TierReview } from './TierReview.js';
import { TierReviewMove } from './TierReviewMove.js';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Tier,
  FeePlan,
  Member,
  TierChange,
  PointsEntry,
  TierReview,
  TierReviewMove,
};
