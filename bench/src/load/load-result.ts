import type { LatencyHistogram } from './latency-histogram';

/** What every measured scenario reports, whether driven over HTTP or in-process. */
export interface LoadResult {
  /** Completed requests or operations in the measured window. */
  requests: number;
  seconds: number;
  rps: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  /** Non-2xx, GraphQL errors, failed checks, connection errors and timeouts. */
  errors: number;
  /** A few error bodies or messages, to tell what went wrong. */
  errorSamples: string[];
}

export interface LoadShape {
  connections: number;
  /** Seconds. */
  duration: number;
  /** Requests per second over all connections, evenly paced (runPacedHttpLoad); unset = as fast as possible. */
  overallRate?: number;
}

/** Loads measured in parts as one: their requests and time added up, percentiles from every part's latencies. */
export function combineLoads(parts: LoadResult[], latencies: LatencyHistogram): LoadResult {
  const requests = parts.reduce((sum, p) => sum + p.requests, 0);
  const seconds = parts.reduce((sum, p) => sum + p.seconds, 0);
  return {
    requests,
    seconds,
    rps: seconds > 0 ? requests / seconds : 0,
    p50: latencies.percentile(50),
    p99: latencies.percentile(99),
    errors: parts.reduce((sum, p) => sum + p.errors, 0),
    errorSamples: parts.flatMap((p) => p.errorSamples).slice(0, 5),
  };
}
