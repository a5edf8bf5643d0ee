import type { Resolvers } from '../generated/resolvers.js';
import { Chapter } from './Chapter.js';
import { ChapterLead } from './ChapterLead.js';
import { Mutation } from './Mutation.js';
import { Query } from './Query.js';
import { Region } from './Region.js';

export const resolvers: Resolvers = { Query, Mutation, Region, Chapter, ChapterLead };
