import type { Resolvers } from '../generated/resolvers.js';
import { Car } from './Car.js';
import { Chapter } from './Chapter.js';
import { LifecycleJobRun } from './LifecycleJobRun.js';
import { Member } from './Member.js';
import { MemberConnection } from './MemberConnection.js';
import { MembershipChange } from './MembershipChange.js';
import { MembershipState } from './MembershipState.js';
import { MembershipTerm } from './MembershipTerm.js';
import { Mutation } from './Mutation.js';
import { Query } from './Query.js';
import { StatusChange } from './StatusChange.js';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Member,
  MemberConnection,
  Car,
  MembershipTerm,
  Chapter,
  MembershipChange,
  LifecycleJobRun,
  StatusChange,
  MembershipState,
};
