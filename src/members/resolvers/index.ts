import type { Resolvers } from '../generated/resolvers.js';
import { Car } from './Car.js';
import { Chapter } from './Chapter.js';
import { Member } from './Member.js';
import { MemberConnection } from './MemberConnection.js';
import { MembershipTerm } from './MembershipTerm.js';
import { Query } from './Query.js';

export const resolvers: Resolvers = { Query, Member, MemberConnection, Car, MembershipTerm, Chapter };
