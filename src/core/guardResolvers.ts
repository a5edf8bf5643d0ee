import { GraphQLError, GraphQLScalarType } from 'graphql';
import type { RequestContext } from './context.js';
import { describeError } from './describeError.js';
import { ErrorCode, PaddockError } from './errors.js';

type Resolver = (...args: unknown[]) => unknown;

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

function isRequestContext(value: unknown): value is RequestContext {
  return typeof (value as RequestContext | null)?.logger?.error === 'function';
}

/**
 * Errors logged already. A failed DataLoader batch rejects every key with the
 * same error, so a roster of 50 members would log one failure 50 times.
 */
const reported = new WeakSet<object>();

function firstReport(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return true;
  if (reported.has(error)) return false;
  reported.add(error);
  return true;
}

/**
 * Lets a Paddock error through and replaces anything else with a bare
 * internal error, after logging it in full with the request's logger. It
 * happens in the subgraph, where the error and its cause still exist: by the
 * time an error reaches the gateway it is only a message, in process as over
 * HTTP, and a driver's message may carry SQL or personal data.
 */
function rethrowMasked(error: unknown, context: unknown, resolver: string): never {
  if (error instanceof PaddockError) throw error;
  if (isRequestContext(context) && firstReport(error)) {
    context.logger.error({ error: describeError(error), resolver }, 'unexpected error');
  }
  throw new GraphQLError('Unexpected error.', { extensions: { code: ErrorCode.InternalServerError } });
}

/**
 * Resolvers take at most four arguments (a field's parent, arguments,
 * context and info; a `__` hook's value, context and info), so the guard
 * names four rather than gathering them: it runs for every field of every
 * object a request resolves, and a rest parameter allocates an array each
 * time.
 */
function guard(resolve: Resolver, contextIndex: 1 | 2, resolver: string): Resolver {
  return (first, second, third, fourth) => {
    try {
      const result = resolve(first, second, third, fourth);
      if (!isPromiseLike(result)) return result;
      return Promise.resolve(result).catch((error: unknown) => rethrowMasked(error, contextIndex === 1 ? second : third, resolver));
    } catch (error) {
      return rethrowMasked(error, contextIndex === 1 ? second : third, resolver);
    }
  };
}

/**
 * Guards every resolver of a resolver map (fields, `__resolveReference` and
 * the other `__` hooks) with `rethrowMasked`. Scalars and enum value maps are
 * left as they are. Field resolvers take the context third; the `__` hooks
 * take it second.
 */
export function guardResolvers(resolvers: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(resolvers).map(([typeName, typeResolvers]) => {
      if (typeResolvers instanceof GraphQLScalarType || typeof typeResolvers !== 'object' || typeResolvers === null) {
        return [typeName, typeResolvers];
      }
      const guarded = Object.entries(typeResolvers).map(([fieldName, value]) => {
        const name = `${typeName}.${fieldName}`;
        const contextIndex = fieldName.startsWith('__') ? 1 : 2;
        if (typeof value === 'function') return [fieldName, guard(value as Resolver, contextIndex, name)];
        const resolve = (value as { resolve?: unknown } | null)?.resolve;
        if (typeof resolve === 'function') return [fieldName, { ...value, resolve: guard(resolve as Resolver, contextIndex, name) }];
        return [fieldName, value];
      });
      return [typeName, Object.fromEntries(guarded)];
    }),
  );
}
