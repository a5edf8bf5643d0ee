import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ValidationRule } from 'graphql';
import { queryLimits } from './queryLimits.js';
import { reportingRule } from './rejectionRule.js';

/** The validation rules that bound a query's shape, for the gateway and every subgraph server. */
export const limitRules: readonly ValidationRule[] = [
  reportingRule(maxDepthRule, { n: queryLimits.maxDepth, flattenFragments: true }),
  reportingRule(maxAliasesRule, { n: queryLimits.maxAliases }),
];
