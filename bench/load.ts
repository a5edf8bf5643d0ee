import autocannon from 'autocannon';

/** One HTTP request a workload sends, again and again. */
export interface LoadRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  /** A ceiling on requests whatever the duration, so no run is unbounded. */
  maxRequests: number;
}

export interface LoadResult {
  requests: number;
  /** Requests answered with something other than 2xx, and socket errors. */
  failures: number;
  seconds: number;
  requestsPerSecond: number;
  /** Latency percentiles in milliseconds, from every response's own time. */
  p50: number;
  p99: number;
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index]!;
}

/**
 * Loads one URL on 127.0.0.1 with autocannon for a bounded time and count.
 * Latencies are taken from each response's own timing (fractions of a
 * millisecond) rather than autocannon's histogram, which keeps whole
 * milliseconds and would flatten the fastest targets.
 */
export function load(request: LoadRequest, options: LoadOptions): Promise<LoadResult> {
  const { hostname } = new URL(request.url);
  if (hostname !== '127.0.0.1') throw new Error(`the bench only loads 127.0.0.1, not ${hostname}`);

  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        method: 'POST',
        headers: request.headers,
        body: request.body,
        connections: options.connections,
        duration: options.durationSeconds,
        maxOverallRequests: options.maxRequests,
        timeout: 30,
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        const requests = result.requests.total;
        const seconds = result.duration;
        resolve({
          requests,
          failures: result.non2xx + result.errors + result.timeouts,
          seconds,
          requestsPerSecond: seconds > 0 ? result['2xx'] / seconds : 0,
          p50: percentile(latencies, 0.5),
          p99: percentile(latencies, 0.99),
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}
