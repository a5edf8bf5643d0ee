import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ValidationRule } from 'graphql';
import { introspectionRule } from './introspectionRule.js';
import { queryLimits } from './queryLimits.js';
import { reportingRule } from './rejectionRule.js';

/** The validation rules that bound a query's shape, for the gateway and every subgraph server. */
export const limitRules: readonly ValidationRule[] = [
  reportingRule(maxDepthRule, { n: queryLimits.maxDepth, flattenFragments: true }),
  // graphql-armor lets `__typename` aliases through by default, and each is
  // still a value the server must write: 5,000 of them were answered.
  reportingRule(maxAliasesRule, { n: queryLimits.maxAliases, allowList: [] }),
  introspectionRule,
];
