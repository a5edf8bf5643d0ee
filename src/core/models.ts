import type { Connection } from './pagination.js';

/** An entity another subgraph owns, known here by its key alone. */
export interface EntityReference {
  id: string;
}

/** One edge of a connection, as the pagination helpers build it. */
export interface Edge<TNode> {
  cursor: string;
  node: TNode;
}

/** An amount in minor units with its currency, as the Money type shows it. */
export interface Money {
  amountMinor: number;
  currency: string;
}

export type { Connection };
