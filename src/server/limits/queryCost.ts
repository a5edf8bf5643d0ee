import { getNullableType, isListType, type GraphQLOutputType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { defaultPageSize, maxPageSize } from '../../core/pagination.js';

/**
 * The number of items assumed for a list that takes no `first`: a member's
 * cars, a tier's benefits, an event's sponsors. Such lists are short by
 * nature, and the estimate only has to be of the right order.
 */
export const unpagedListEstimate = 10;

function isList(type: GraphQLOutputType): boolean {
  return isListType(getNullableType(type));
}

/**
 * How many items a field may return, by its arguments: what `first` asks
 * for on a paginated field (its default when omitted), an estimate for an
 * unpaged list, and one otherwise. A connection's `edges` count once: the
 * connection field already multiplied by its `first`. A `first` out of range
 * is refused by the resolver itself; the estimate only clamps it.
 */
function itemsOf(options: Parameters<ComplexityEstimator>[0]): number {
  const { field, args, type } = options;
  // Introspection answers from the schema alone, and introspectionRule
  // bounds how much of it one operation may ask for.
  if (type.name.startsWith('__')) return 1;
  if ('first' in args || field.args.some((argument) => argument.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : defaultPageSize;
    return Math.min(Math.max(first, 0), maxPageSize);
  }
  if (field.name === 'edges' && type.name.endsWith('Connection')) return 1;
  return isList(field.type) ? unpagedListEstimate : 1;
}

/**
 * Estimates an answer's size: each field costs one, and a list field costs
 * its items times what each item selects. A request for 20 chapters with
 * 500 members each costs at least 10,000 before anything is selected on a
 * member, so nested pages are refused long before they exhaust memory.
 */
export const paginatedCost: ComplexityEstimator = (options) => {
  return itemsOf(options) * (1 + options.childComplexity);
};
