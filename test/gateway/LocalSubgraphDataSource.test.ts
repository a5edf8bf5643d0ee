import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LocalSubgraphDataSource } from '../../src/gateway/LocalSubgraphDataSource.js';

/** A subgraph of its own, so that every answer below is known in advance. */
const schema = buildSubgraphSchema({
  typeDefs: parse(`
    type Query { greeting(name: String!): String! visits: Int! }
  `),
  resolvers: {
    Query: {
      greeting: (_parent: unknown, { name }: { name: string }) => `Hello, ${name}`,
      visits: (_parent: unknown, _args: unknown, context: unknown) => ++(context as { visits: number }).visits,
    },
  },
});

/** What the gateway passes for a fetch, less what this data source does not read. */
function request(source: string, context: object, variables?: Record<string, unknown>): GraphQLDataSourceProcessOptions {
  return {
    // GraphQLDataSourceRequestKind.INCOMING_OPERATION, an enum that is only a type in @apollo/gateway's entry point.
    kind: 'incoming operation',
    request: { query: source, variables },
    context,
    incomingRequestContext: {},
  } as unknown as GraphQLDataSourceProcessOptions;
}

describe('LocalSubgraphDataSource.process', () => {
  it('answers an operation with its variables and the request context', async () => {
    const source = new LocalSubgraphDataSource(schema);
    const context = { visits: 0 };
    const query = 'query Q($name: String!) { greeting(name: $name) visits }';

    expect(await source.process(request(query, context, { name: 'Li' }))).toEqual({
      data: { greeting: 'Hello, Li', visits: 1 },
    });
    expect(await source.process(request(query, context, { name: 'Wang' }))).toEqual({
      data: { greeting: 'Hello, Wang', visits: 2 },
    });
  });

  it('returns the validation errors of an invalid operation every time it is sent', async () => {
    const source = new LocalSubgraphDataSource(schema);
    const query = '{ farewell }';

    for (let attempt = 0; attempt < 2; attempt++) {
      const result = await source.process(request(query, { visits: 0 }));
      expect(result.data).toBeUndefined();
      expect(result.errors?.map((error) => error.message)).toEqual(['Cannot query field "farewell" on type "Query".']);
    }
  });

  it('returns the syntax error of an operation that does not parse', async () => {
    const source = new LocalSubgraphDataSource(schema);
    const result = await source.process(request('{ greeting(', { visits: 0 }));
    expect(result.errors?.map((error) => error.message)).toEqual(['Syntax Error: Expected Name, found <EOF>.']);
  });
});
