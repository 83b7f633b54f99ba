import { max, tally } from '../lib/stats';
import type { LoadEvent } from './load';

/** Codes the contract allows a client to see (README, "The API"). */
export const CONTRACT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

export interface Window {
  from: number;
  to: number;
}

export const within = (e: LoadEvent, w: Window) => e.startedAt >= w.from && e.startedAt < w.to;

export interface FailureFigures {
  requests: number;
  failed: number;
  maxFailedLatency: number;
  codes: string;
  messages: string;
}

export function failureFigures(events: LoadEvent[]): FailureFigures {
  const failed = events.filter((e) => !e.ok);
  return {
    requests: events.length,
    failed: failed.length,
    maxFailedLatency: max(failed.map((e) => e.endedAt - e.startedAt)),
    codes: tally(failed.map((e) => e.code)) || '–',
    messages: tally(failed.map((e) => e.message)) || '–',
  };
}

/** From `since`: how long until a request that started after it succeeded (null: none did). */
export function timeToFirstSuccess(events: LoadEvent[], since: number): number | null {
  const first = events.filter((e) => e.ok && e.startedAt >= since).sort((a, b) => a.endedAt - b.endedAt)[0];
  return first ? first.endedAt - since : null;
}

/** The end of the last failed request, relative to `since` (null: no failure after it). */
export function lastFailureAfter(events: LoadEvent[], since: number): number | null {
  const ends = events.filter((e) => !e.ok && e.endedAt >= since).map((e) => e.endedAt - since);
  return ends.length ? Math.max(...ends) : null;
}
