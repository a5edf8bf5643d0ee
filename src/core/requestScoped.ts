import type { RequestContext } from './context.js';

/**
 * Makes `create` run once per request. DataLoaders must never outlive their
 * request: a cache shared between requests would hand one viewer's rows to
 * another and serve stale data after a write.
 */
export function requestScoped<T>(create: (context: RequestContext) => T): (context: RequestContext) => T {
  const perRequest = new WeakMap<RequestContext, T>();
  return (context) => {
    let value = perRequest.get(context);
    if (value === undefined) {
      value = create(context);
      perRequest.set(context, value);
    }
    return value;
  };
}
