import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSource } from '@apollo/gateway';
import type { Logger } from '../core/logger.js';
import { readSupergraphSdl } from '../core/schemaFiles.js';
import type { Subgraph } from '../core/subgraph.js';
import type { GatewayContext } from './gatewayContext.js';
import { LocalSubgraphDataSource } from './LocalSubgraphDataSource.js';

export interface GatewayOptions {
  subgraphs: readonly Subgraph[];
  logger: Logger;
  /**
   * Subgraphs served as their own services, by name, reached over HTTP; the
   * rest run in this process without an HTTP hop.
   */
  remoteUrls?: Readonly<Record<string, string>>;
}

/**
 * Forwards the caller's token to a remote subgraph, which reads the viewer
 * from it itself: a subgraph never trusts a viewer it did not verify.
 */
class AuthorizedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    request.http?.headers.set('x-request-id', context.requestId);
  }
}

/** The Apollo gateway over the composed supergraph in schema/supergraph.graphql. */
export function createGateway(options: GatewayOptions): ApolloGateway {
  // Paddock sends nothing to third parties: the gateway's usage telemetry
  // would otherwise reach out to Apollo and to cloud metadata endpoints.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';

  const byName = new Map(options.subgraphs.map((subgraph) => [subgraph.name, subgraph]));
  return new ApolloGateway({
    supergraphSdl: readSupergraphSdl(),
    logger: options.logger,
    buildService: ({ name, url }): GraphQLDataSource => {
      const remoteUrl = options.remoteUrls?.[name];
      if (remoteUrl) return new AuthorizedDataSource({ url: remoteUrl });
      const subgraph = byName.get(name);
      if (!subgraph) throw new Error(`The supergraph names subgraph "${name}" (${url ?? 'no url'}), which Paddock does not have.`);
      return new LocalSubgraphDataSource(subgraph.schema);
    },
  });
}
