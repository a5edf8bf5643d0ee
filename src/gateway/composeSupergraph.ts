import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { readSubgraphSdl } from '../core/schemaFiles.js';
import { subgraphNames } from './subgraphNames.js';

/**
 * Composes the subgraphs' SDL into the supergraph SDL the gateway serves.
 * Throws with every composition error, so a broken schema fails loudly.
 */
export function composeSupergraph(): string {
  const result = composeServices(
    subgraphNames.map((name) => ({
      name,
      // The URL only matters when subgraphs run as services; the gateway
      // overrides it from configuration in that mode.
      url: `http://localhost:4001/${name}`,
      typeDefs: parse(readSubgraphSdl(name)),
    })),
  );
  if (result.errors) {
    const messages = result.errors.map((error) => `- ${error.message}`).join('\n');
    throw new Error(`The subgraphs do not compose:\n${messages}`);
  }
  return result.supergraphSdl;
}
