import type { ClientPool } from '../lib/graphql';

/** What each concurrency scenario reports: one row of the figures table. */
export interface ScenarioResult {
  scenario: string;
  rounds: number;
  /** Requests in flight at once. */
  concurrency: number;
  requests: number;
  /** Failures the scenario provoked on purpose, with the right error code. */
  expectedErrors: number;
  /** Any other failure: a broken guarantee. */
  unexpectedErrors: number;
  durationMs: number;
  /** Latencies of the concurrent requests (not of the set-up or read-back). */
  latencies: number[];
  failures: string[];
}

export interface ScenarioOptions {
  clients: ClientPool;
  /** Prefix for workspace names, so concurrent scenarios on one database are easy to tell apart. */
  label: string;
}
