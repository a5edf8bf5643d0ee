import { composeServices } from '@apollo/composition';
import {
  defaultFieldResolver,
  isObjectType,
  isScalarType,
  isUnionType,
  parse,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { RequestContext } from '../../src/core/context.js';
import { scalarsByName } from '../../src/core/scalars.js';
import { readSubgraphSdl } from '../../src/core/schemaFiles.js';
import type { Subgraph } from '../../src/core/subgraph.js';

type Resolver = GraphQLFieldResolver<unknown, RequestContext>;
type ReferenceResolver = (reference: object, context: RequestContext, info: unknown) => unknown;

/** Which subgraph an object came from: its fields are that subgraph's to resolve. */
const origins = new WeakMap<object, string>();
/** Each object as another subgraph resolved it from its key, by subgraph. */
const references = new WeakMap<object, Map<string, Promise<unknown>>>();

function tag(value: unknown, subgraph: string): unknown {
  if (Array.isArray(value)) {
    for (const item of value) tag(item, subgraph);
  } else if (typeof value === 'object' && value !== null && !origins.has(value)) {
    origins.set(value, subgraph);
  }
  return value;
}

function tagged(value: unknown, subgraph: string): unknown {
  return value instanceof Promise ? value.then((resolved) => tag(resolved, subgraph)) : tag(value, subgraph);
}

/**
 * The club graph as ONE plain GraphQL schema with no gateway: the API schema
 * the supergraph exposes, each field resolved by the resolver of the
 * subgraph that defines it, called directly. An entity reaching a field of
 * another subgraph (a Member from the events subgraph asked for its
 * displayName) is first turned into that subgraph's object by its
 * __resolveReference, once per object, as the gateway's entity fetch would;
 * the subgraphs' DataLoaders batch those as they batch entity fetches.
 * What this leaves out is exactly what federation adds: query planning,
 * the subgraph requests and the merging of their results.
 */
export function buildPlainSchema(subgraphs: readonly Subgraph[]): GraphQLSchema {
  const composed = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      url: `http://localhost/${subgraph.name}`,
      typeDefs: parse(readSubgraphSdl(subgraph.name)),
    })),
  );
  if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join('\n'));
  const schema = composed.schema.toAPISchema().toGraphQLJSSchema();

  for (const type of Object.values(schema.getTypeMap())) {
    if (isScalarType(type) && scalarsByName[type.name]) {
      const implementation = scalarsByName[type.name]!;
      type.serialize = implementation.serialize.bind(implementation);
      type.parseValue = implementation.parseValue.bind(implementation);
      type.parseLiteral = implementation.parseLiteral.bind(implementation);
    }
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const rootType = [schema.getQueryType(), schema.getMutationType()].includes(type);
    for (const field of Object.values(type.getFields())) {
      field.resolve = resolverFor(subgraphs, type, field.name, rootType);
    }
  }
  return schema;
}

/** Where @apollo/subgraph keeps a type's __resolveReference. */
function referenceResolverOf(type: GraphQLObjectType): ReferenceResolver | undefined {
  const extensions = type.extensions as { apollo?: { subgraph?: { resolveReference?: ReferenceResolver } } };
  return extensions.apollo?.subgraph?.resolveReference;
}

/** The entity types of a subgraph: the members of its `_Entity` union. */
function entityTypesOf(subgraph: Subgraph): Set<string> {
  const union = subgraph.schema.getType('_Entity');
  return new Set(isUnionType(union) ? union.getTypes().map((type) => type.name) : []);
}

function resolverFor(subgraphs: readonly Subgraph[], type: GraphQLObjectType, fieldName: string, rootType: boolean): Resolver {
  const owners = new Map<string, { resolve: Resolver; resolveReference: ReferenceResolver | undefined; entity: boolean }>();
  for (const subgraph of subgraphs) {
    const own = subgraph.schema.getType(type.name);
    if (!isObjectType(own) || !own.getFields()[fieldName]) continue;
    owners.set(subgraph.name, {
      resolve: (own.getFields()[fieldName]!.resolve as Resolver | undefined) ?? defaultFieldResolver,
      resolveReference: referenceResolverOf(own),
      entity: entityTypesOf(subgraph).has(type.name),
    });
  }
  const [firstOwner] = owners.keys();
  if (!firstOwner) throw new Error(`No subgraph resolves ${type.name}.${fieldName}.`);

  return (parent, args, context, info) => {
    const origin = typeof parent === 'object' && parent !== null ? origins.get(parent) : undefined;
    const owner = origin !== undefined && owners.has(origin) ? origin : firstOwner;
    const { resolve, resolveReference, entity } = owners.get(owner)!;
    if (rootType || owner === origin || !entity || typeof parent !== 'object' || parent === null) {
      return tagged(resolve(parent, args, context, info), owner);
    }

    // An entity of another subgraph: this subgraph's object for the same key first.
    let resolved = references.get(parent);
    if (!resolved) references.set(parent, (resolved = new Map()));
    let own = resolved.get(owner);
    if (!own) {
      const key = { __typename: type.name, id: (parent as { id?: unknown }).id };
      own = Promise.resolve(resolveReference ? resolveReference(key, context, info) : key).then((value) => tag(value, owner));
      resolved.set(owner, own);
    }
    return own.then((object) =>
      object === null || object === undefined ? null : tagged(resolve(object, args, context, info), owner),
    );
  };
}
