import { GraphQLError, parse, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/** Distinct operations kept compiled, per schema. */
const cachedOperations = 1_000;

/**
 * A schema's operations, each parsed, validated and compiled by graphql-jit
 * once and then run from the compiled function: a gateway sends the same few
 * operation texts to a subgraph over and over (one per fetch of each cached
 * plan), and parsing, validating and interpreting them on every fetch was
 * about a fifth of the gateway's CPU under load (README, performance
 * section). A text that fails to parse, validate or compile is answered
 * with its errors and never cached.
 */
export class CompiledOperations {
  private readonly operations = new LRUCache<string, CompiledQuery>({ max: cachedOperations });

  constructor(private readonly schema: GraphQLSchema) {}

  execute(
    source: string,
    operationName: string | null | undefined,
    context: unknown,
    variables: Record<string, unknown> | undefined,
  ): ExecutionResult | Promise<ExecutionResult> {
    const key = operationName ? `${operationName}\n${source}` : source;
    let operation = this.operations.get(key);
    if (!operation) {
      const compiled = this.compile(source, operationName ?? undefined);
      if (!isCompiledQuery(compiled)) return compiled;
      this.operations.set(key, compiled);
      operation = compiled;
    }
    return operation.query(undefined, context, variables) as ExecutionResult | Promise<ExecutionResult>;
  }

  private compile(source: string, operationName: string | undefined): CompiledQuery | ExecutionResult {
    let document: DocumentNode;
    try {
      document = parse(source);
    } catch (error) {
      if (error instanceof GraphQLError) return { errors: [error] };
      throw error;
    }
    const errors = validate(this.schema, document);
    if (errors.length > 0) return { errors };
    // Errors a resolver throws are masked and logged where they happen
    // (guardResolvers); their stacks are never read after that.
    return compileQuery(this.schema, document, operationName, { disablingCapturingStackErrors: true });
  }
}
