import { readFileSync } from 'node:fs';
import { buildSchema, Kind, parse, validate, type DefinitionNode, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';

// The README's GraphQL examples are what a new user pastes first; each must
// still be a valid request against the composed graph.
const supergraph = buildSchema(readFileSync('schema/supergraph.graphql', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

/** One request per operation of a block, with the block's fragments. */
function requestsOf(block: string): DocumentNode[] {
  const { definitions } = parse(block);
  const fragments = definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  return definitions
    .filter((definition): definition is DefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }));
}

describe('the README', () => {
  it('shows GraphQL examples', () => {
    expect(blocks.length).toBeGreaterThan(10);
  });

  it.each(blocks.map((block, index) => [index + 1, block.split('\n', 1)[0], block] as const))(
    'example %i (%s) is valid against the supergraph',
    (_index, _firstLine, block) => {
      const messages = requestsOf(block).flatMap((request) => validate(supergraph, request).map((error) => error.message));
      expect(messages).toEqual([]);
    },
  );
});
