import type { Resolvers } from '../generated/resolvers.js';
import { Chapter } from './Chapter.js';
import { Event } from './Event.js';
import { Member } from './Member.js';
import { Query } from './Query.js';
import { Registration } from './Registration.js';

export const resolvers: Resolvers = { Query, Event, Registration, Chapter, Member };
