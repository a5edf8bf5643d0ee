/**
 * The subgraphs of the club graph, in the order the supergraph lists them.
 * Each has its SDL in schema/<name>.graphql and its code in src/<name>/.
 */
export const subgraphNames = ['chapters', 'members', 'loyalty', 'benefits', 'events', 'partners'] as const;

export type SubgraphName = (typeof subgraphNames)[number];
