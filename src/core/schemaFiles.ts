import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const schemaFolder = fileURLToPath(new URL('../../schema/', import.meta.url));
export const migrationsFolder = fileURLToPath(new URL('../../drizzle/', import.meta.url));

/** The SDL of one subgraph, read from schema/<name>.graphql. */
export function readSubgraphSdl(name: string): string {
  return readFileSync(`${schemaFolder}${name}.graphql`, 'utf8');
}

/** The composed supergraph, as `npm run compose` last wrote it. */
export function readSupergraphSdl(): string {
  return readFileSync(`${schemaFolder}supergraph.graphql`, 'utf8');
}
