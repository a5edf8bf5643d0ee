import type { Resolvers } from '../generated/resolvers.js';

export const resolvers: Resolvers = {};
