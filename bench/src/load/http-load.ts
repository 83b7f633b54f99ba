import autocannon from 'autocannon';
import type { LoadResult, LoadShape } from './load-result';

export interface GraphqlRequest {
  body: string;
  token?: string;
}

export interface HttpScenario {
  /** A new request each time: different tickets, agents, requesters. */
  next(): GraphqlRequest;
  /** Extra check of a 200 body beyond "no errors" (e.g. the reply really claimed). */
  check?(body: string): boolean;
}

/**
 * autocannon over loopback against POST /graphql. Every response body is checked: a 200 with
 * GraphQL errors counts as an error, as does a non-2xx, a connection error or a timeout.
 */
export async function runHttpLoad(
  baseUrl: string,
  scenario: HttpScenario,
  shape: LoadShape,
): Promise<LoadResult> {
  let failedBodies = 0;
  const errorSamples: string[] = [];
  const result = await autocannon({
    url: `${baseUrl}/graphql`,
    connections: shape.connections,
    duration: shape.duration,
    overallRate: shape.overallRate,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const { body, token } = scenario.next();
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (token) headers['authorization'] = `Bearer ${token}`;
          return { ...req, method: 'POST', path: '/graphql', body, headers };
        },
        onResponse: (status, body) => {
          const text = String(body ?? '');
          if (status >= 200 && status < 300 && !text.includes('"errors"') && (scenario.check?.(text) ?? true))
            return;
          failedBodies++;
          if (errorSamples.length < 5) errorSamples.push(`${status} ${text.slice(0, 300)}`);
        },
      },
    ],
  });
  const completed = result['2xx'] + result.non2xx;
  const seconds = result.duration;
  // non-2xx responses are among the failed bodies (onResponse sees every response).
  const errors = Math.max(failedBodies, result.non2xx) + result.errors + result.timeouts;
  if (result.errors + result.timeouts > 0 && errorSamples.length < 5)
    errorSamples.push(`${result.errors} connection errors, ${result.timeouts} timeouts`);
  return {
    requests: completed,
    seconds,
    rps: completed / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
    errorSamples,
  };
}
