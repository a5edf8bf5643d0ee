import type { CodegenConfig } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';

const subgraphs = ['chapters', 'members', 'loyalty', 'benefits', 'events', 'partners'];

const scalars = {
  DateTime: { input: 'Date', output: 'Date | string' },
  Date: 'string',
  EmailAddress: 'string',
  PhoneNumber: 'string',
  Locale: 'string',
  Currency: 'string',
  TimeZone: 'string',
  URL: { input: 'URL', output: 'URL | string' },
};

/**
 * Every type with a `<Type>Model` export in src/<subgraph>/models.ts is backed
 * by that model in the resolver types, so resolvers are typed against the rows
 * they really receive.
 */
function mappersOf(subgraph: string): Record<string, string> {
  const models = readFileSync(`src/${subgraph}/models.ts`, 'utf8');
  const names = [...models.matchAll(/export (?:type|interface) (\w+)Model\b/g)].map((match) => match[1]!);
  return Object.fromEntries(names.map((name) => [name, `../models.js#${name}Model`]));
}

const resolverTypes = Object.fromEntries(
  subgraphs.map((subgraph) => [
    `src/${subgraph}/generated/resolvers.ts`,
    {
      schema: `schema/${subgraph}.graphql`,
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        federation: true,
        contextType: '../../core/context.js#RequestContext',
        scalars,
        mappers: mappersOf(subgraph),
      },
    },
  ]),
);

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...resolverTypes,
    'src/client/generated/': {
      schema: 'schema/supergraph.graphql',
      documents: ['src/client/operations/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars, emitLegacyCommonJSImports: false },
    },
  },
};

export default config;
