/**
 * The query cost limit of the bench's Paddock servers, as an operator sets
 * it with PADDOCK_MAX_QUERY_COST: the width check asks for 1,000 members
 * with W1's selection in one request, about 85,000 by the cost estimate,
 * beyond the default limit that guards a public server.
 */
export const benchMaxQueryCost = 100_000;
