import type { Resolvers } from '../generated/resolvers.js';
import { Chapter } from './Chapter.js';
import { Event } from './Event.js';
import { Member } from './Member.js';
import { Mutation } from './Mutation.js';
import { Query } from './Query.js';
import { Registration } from './Registration.js';

export const resolvers: Resolvers = { Query, Mutation, Event, Registration, Chapter, Member };
