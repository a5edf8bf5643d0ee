/**
 * How large a request may be. A GraphQL query can ask for an answer far
 * larger than itself (nested lists multiply), so every server checks these
 * before running anything: one anonymous request must not be able to take
 * the club graph down.
 */
export const queryLimits = {
  /** Bytes of request body; the largest real operation is a few kilobytes. */
  maxBodyBytes: 1_048_576,
  /** Lexical tokens the parser reads before it gives up. */
  maxTokens: 20_000,
  /** Nesting of selections; the club graph's deepest real query is about 8. */
  maxDepth: 12,
  /** Aliased fields per operation (`__typename` aliases included). */
  maxAliases: 50,
  /**
   * The estimated number of values an answer holds (see `queryCost`). The
   * README's roster of 500 members with cars, tier and five registrations
   * each costs about 39,000. The default of PADDOCK_MAX_QUERY_COST.
   */
  maxCost: 50_000,
} as const;
