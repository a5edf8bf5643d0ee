import { getStitchedSchemaFromSupergraphSdl } from '@graphql-tools/federation';
import type { ExecutionRequest, Executor } from '@graphql-tools/utils';
import { print, type GraphQLSchema } from 'graphql';
import type { DatabaseHandle } from '../../src/core/database/database.js';
import { readSupergraphSdl } from '../../src/core/schemaFiles.js';
import { CompiledOperations } from '../../src/gateway/compiledOperations.js';
import { subgraphs } from '../../src/gateway/subgraphs.js';
import type { RunningTarget } from './protocol.js';
import { serveSchemaTarget } from './schemaTarget.js';

/**
 * Runs a subgraph's operations in process as LocalSubgraphDataSource does
 * for target (a), from operations compiled once. Stitching hands the
 * executor a document, not text, so the text is printed to find it, as a
 * stitching gateway prints it to send it over HTTP.
 */
function inProcessExecutor(schema: GraphQLSchema): Executor {
  const operations = new CompiledOperations(schema);
  const execute = (request: ExecutionRequest) =>
    operations.execute(print(request.document), request.operationName, request.context, request.variables);
  return execute as Executor;
}

/**
 * Target (e), measured only when asked for (`--stitching`): the same
 * supergraph executed by @graphql-tools/federation, the query planning and
 * merging behind Hive Gateway, in place of @apollo/gateway, with the same
 * subgraphs in process, served as target (a) is.
 * The difference from (a) is what switching gateways would change.
 */
export function startStitchedTarget(database: DatabaseHandle): Promise<RunningTarget> {
  const byName = new Map(subgraphs.map((subgraph) => [subgraph.name.toLowerCase(), subgraph]));
  const schema = getStitchedSchemaFromSupergraphSdl({
    supergraphSdl: readSupergraphSdl(),
    onSubschemaConfig(config) {
      const subgraph = byName.get(config.name.toLowerCase());
      if (!subgraph) throw new Error(`The supergraph names subgraph "${config.name}", which Paddock does not have.`);
      config.executor = inProcessExecutor(subgraph.schema);
    },
  });
  return serveSchemaTarget(database, schema);
}
