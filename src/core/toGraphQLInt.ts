/** The largest value GraphQL's Int carries: a signed 32-bit integer. */
export const maxGraphQLInt = 2_147_483_647;

/**
 * A number a resolver answers as GraphQL's Int. Sums are computed wider
 * (bigint in SQL, safe integers in JavaScript), so that a legal but large
 * total still computes; one beyond Int's 32 bits cannot be answered, and
 * fails on its own field, named in the log, rather than the statement that
 * computed it (which would fail every value batched with it).
 */
export function toGraphQLInt(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value > maxGraphQLInt || value < -maxGraphQLInt - 1) {
    throw new Error(`${what} is ${value}, beyond the range of GraphQL's Int.`);
  }
  return value;
}
