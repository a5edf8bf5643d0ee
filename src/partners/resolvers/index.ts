import type { Resolvers } from '../generated/resolvers.js';
import { Chapter } from './Chapter.js';
import { Event } from './Event.js';
import { Mutation } from './Mutation.js';
import { Offer } from './Offer.js';
import { Partner } from './Partner.js';
import { Query } from './Query.js';
import { Sponsorship } from './Sponsorship.js';

export const resolvers: Resolvers = { Query, Mutation, Partner, Sponsorship, Offer, Event, Chapter };
