/**
 * The tiers from lowest to highest. Their ranks belong to the loyalty
 * subgraph, whose tables this subgraph may not read, so an event's minimum
 * tier is compared by this fixed list of the five tier ids instead.
 */
export const tierOrder = ['bronze', 'silver', 'gold', 'platinum', 'diamond'] as const;

/** The tier's place in `tierOrder` from 0 (bronze); -1 for an id the list does not know. */
export function tierRank(tierId: string): number {
  return (tierOrder as readonly string[]).indexOf(tierId);
}
