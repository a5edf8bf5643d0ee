import { sql, type Column, type SQL } from 'drizzle-orm';

/**
 * The tiers from lowest to highest. Their ranks belong to the loyalty
 * subgraph, whose tables this subgraph may not read, so the benefit matrix is
 * ordered by this fixed list of the five tier ids instead.
 */
export const tierOrder = ['bronze', 'silver', 'gold', 'platinum', 'diamond'] as const;

/**
 * A sort expression giving each tier id its position in `tierOrder`; an id the
 * list does not know sorts after the five (and then by id, at the caller).
 */
export function tierPosition(tierId: Column): SQL<number> {
  // The positions are inlined as integer literals: as parameters PostgreSQL
  // would type the CASE as text and sort "10" before "2".
  const branches = tierOrder.map((id, position) => sql`when ${id} then ${sql.raw(String(position))}`);
  return sql<number>`case ${tierId} ${sql.join(branches, sql` `)} else ${sql.raw(String(tierOrder.length))} end`;
}
