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
  /** Requests per second over all connections (autocannon -R); unset = as fast as possible. */
  overallRate?: number;
}
