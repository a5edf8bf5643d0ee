import { makeExecutableSchema } from '@graphql-tools/schema';
import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { prefetchSelected } from '../../src/core/prefetchSelected.js';

/**
 * A member with two fields that prefetch (cars, registrations with a page
 * size) and one that does not; the root records what it was asked to start.
 */
function schemaRecording(started: string[]) {
  return makeExecutableSchema({
    typeDefs: /* GraphQL */ `
      type Query { member(id: ID!): Member }
      type Member { id: ID! cars: [String!]! registrations(first: Int!): [String!]! name: String }
    `,
    resolvers: {
      Query: {
        member: (_parent: unknown, { id }: { id: string }, _context: unknown, info: Parameters<typeof prefetchSelected>[0]) => {
          prefetchSelected(info, {
            cars: async () => {
              started.push(`cars of ${id}`);
              if (id === 'gone') throw new Error('no such member');
            },
            registrations: (args) => {
              if ((args.first as number) < 0) throw new Error('first must not be negative');
              started.push(`registrations of ${id}, first ${String(args.first)}`);
              return Promise.resolve();
            },
          });
          return { id };
        },
      },
      Member: { cars: () => [], registrations: () => [] },
    },
  });
}

async function startedBy(query: string, variableValues?: Record<string, unknown>): Promise<string[]> {
  const started: string[] = [];
  const result = await graphql({ schema: schemaRecording(started), source: query, variableValues });
  expect(result.errors).toBeUndefined();
  return started;
}

describe('prefetchSelected', () => {
  it('starts the loads of the fields selected, with their arguments', async () => {
    expect(await startedBy('{ member(id: "m1") { id cars registrations(first: 5) } }')).toEqual([
      'cars of m1',
      'registrations of m1, first 5',
    ]);
  });

  it('starts nothing for fields without a prefetch', async () => {
    expect(await startedBy('{ member(id: "m1") { id name } }')).toEqual([]);
  });

  it('reads arguments from variables and each alias on its own', async () => {
    expect(
      await startedBy('query ($n: Int!) { member(id: "m1") { few: registrations(first: 2) many: registrations(first: $n) } }', { n: 50 }),
    ).toEqual(['registrations of m1, first 2', 'registrations of m1, first 50']);
  });

  it('looks through fragments and inline fragments', async () => {
    expect(
      await startedBy('{ member(id: "m1") { ...garage ... on Member { registrations(first: 1) } } } fragment garage on Member { cars }'),
    ).toEqual(['cars of m1', 'registrations of m1, first 1']);
  });

  it('leaves out fields skipped or not included', async () => {
    expect(
      await startedBy('query ($no: Boolean!) { member(id: "m1") { cars @skip(if: true) registrations(first: 1) @include(if: $no) } }', {
        no: false,
      }),
    ).toEqual([]);
  });

  it('starts nothing for arguments the field would refuse, and the query still answers', async () => {
    expect(await startedBy('{ member(id: "m1") { cars registrations(first: -1) } }')).toEqual(['cars of m1']);
  });

  it('leaves a failed load to the resolver that reads it, and to nobody when none does', async () => {
    expect(await startedBy('{ member(id: "gone") { id cars } }')).toEqual(['cars of gone']);
  });
});
