import { sql, type Column, type Placeholder, type SQL } from 'drizzle-orm';
import { BadUserInputError } from './errors.js';

/** The largest page any list returns; asking for more is BAD_USER_INPUT. */
export const maxPageSize = 500;
export const defaultPageSize = 50;

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/**
 * A Relay-style connection. `totalCount` is a getter so that the count query
 * runs only when a client selects the field; every `...Connection` type of a
 * subgraph resolves it with `connectionTotalCount` (see defineSubgraph),
 * since a compiled operation reads a field without a resolver as a plain
 * value and would not wait for a promise.
 */
export interface Connection<TNode> {
  edges: Array<{ cursor: string; node: TNode }>;
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/** The resolver of a connection's `totalCount`: the count, started on first read. */
export function connectionTotalCount(connection: Connection<unknown>): Promise<number> {
  return connection.totalCount;
}

/** Validates `first`, defaulting it when absent. */
export function toPageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return defaultPageSize;
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw new BadUserInputError(`Argument "first" must be between 0 and ${maxPageSize}; got ${first}.`, { argument: 'first' });
  }
  return first;
}

/** Cursors are opaque to clients: base64url of the sort key of the row they follow. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes an `after` cursor into a sort key of `arity` strings or numbers. */
export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((part) => typeof part === 'string' || typeof part === 'number')
    ) {
      return key;
    }
  } catch {
    // Falls through to the same error as a well-formed cursor of the wrong shape.
  }
  throw new BadUserInputError('Argument "after" is not a cursor this list returned.', { argument: 'after' });
}

/**
 * `(a, b) > (x, y)`: rows strictly after a cursor in ascending keyset order;
 * the key's parts may be placeholders of a prepared statement.
 */
export function afterKey(columns: readonly Column[], key: readonly (string | number | Placeholder)[]): SQL {
  const left = sql.join(columns.map((column) => sql`${column}`), sql`, `);
  const right = sql.join(key.map((part) => sql`${part}`), sql`, `);
  return sql`(${left}) > (${right})`;
}

/**
 * Builds a connection from rows fetched with a limit of `pageSize + 1`: the
 * extra row only says whether another page exists.
 */
export function toConnection<TRow, TNode = TRow>(options: {
  rows: TRow[];
  pageSize: number;
  afterCursor: boolean;
  keyOf: (row: TRow) => readonly (string | number)[];
  toNode?: (row: TRow) => TNode;
  count: () => Promise<number>;
}): Connection<TNode> {
  const { rows, pageSize, keyOf, count } = options;
  const toNode = options.toNode ?? ((row: TRow) => row as unknown as TNode);
  const page = rows.slice(0, pageSize);
  const edges = page.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: toNode(row) }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > pageSize,
      hasPreviousPage: options.afterCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      return (counted ??= count());
    },
  };
}
