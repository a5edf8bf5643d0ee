import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { Kind, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { EventHandler } from './bus/domainEvent.js';
import type { MigrationSet } from './database/migrate.js';
import { guardResolvers } from './guardResolvers.js';
import { connectionTotalCount } from './pagination.js';
import { scalarResolvers } from './scalars.js';
import { migrationsFolder, readSubgraphSdl } from './schemaFiles.js';

/** One subgraph: its executable schema and the migrations of the tables it owns. */
export interface Subgraph {
  readonly name: string;
  readonly schema: GraphQLSchema;
  readonly migrations: MigrationSet;
  /** How this subgraph reacts to other subgraphs' domain events. */
  readonly eventHandlers: readonly EventHandler[];
}

/**
 * Builds a subgraph from schema/<name>.graphql and its resolvers, adding the
 * implementations of the custom scalars its SDL declares. Every resolver is
 * guarded so that an unexpected error is logged and masked in the subgraph
 * itself (see `guardResolvers`).
 */
export function defineSubgraph(options: {
  name: string;
  resolvers: object;
  eventHandlers?: readonly EventHandler[];
}): Subgraph {
  const typeDefs = parse(readSubgraphSdl(options.name));
  const declaredScalars = typeDefs.definitions.flatMap((definition) =>
    definition.kind === Kind.SCALAR_TYPE_DEFINITION ? [definition.name.value] : [],
  );
  const resolvers = {
    ...scalarResolvers(declaredScalars),
    ...guardResolvers(withConnectionCounts(typeDefs, options.resolvers as Record<string, unknown>)),
  } as GraphQLResolverMap<unknown>;
  return {
    name: options.name,
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    migrations: { schema: options.name, folder: `${migrationsFolder}${options.name}` },
    eventHandlers: options.eventHandlers ?? [],
  };
}

/**
 * Gives the `totalCount` of every `...Connection` type that has one the
 * resolver that reads toConnection's lazy count, unless the subgraph
 * resolves it itself: a field without a resolver would be read as a plain
 * value, and the count is a promise.
 */
function withConnectionCounts(typeDefs: DocumentNode, resolvers: Record<string, unknown>): Record<string, unknown> {
  const completed = { ...resolvers };
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || !definition.name.value.endsWith('Connection')) continue;
    if (!definition.fields?.some((field) => field.name.value === 'totalCount')) continue;
    const own = (resolvers[definition.name.value] ?? {}) as Record<string, unknown>;
    completed[definition.name.value] = { totalCount: connectionTotalCount, ...own };
  }
  return completed;
}
