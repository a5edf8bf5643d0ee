import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { CompiledOperations } from './compiledOperations.js';

/**
 * Runs a subgraph in the gateway's process, like @apollo/gateway's
 * LocalGraphQLDataSource, but from operations compiled once
 * (CompiledOperations) instead of interpreting each fetch anew.
 */
export class LocalSubgraphDataSource implements GraphQLDataSource {
  private readonly operations: CompiledOperations;

  constructor(schema: GraphQLSchema) {
    this.operations = new CompiledOperations(schema);
  }

  async process(options: GraphQLDataSourceProcessOptions): Promise<ExecutionResult> {
    const { request, context } = options;
    if (request.query === undefined) return { errors: [new GraphQLError('A subgraph request carried no operation.')] };
    return this.operations.execute(request.query, request.operationName, context, request.variables);
  }
}
