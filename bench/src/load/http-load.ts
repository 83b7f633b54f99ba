import http from 'node:http';
import autocannon from 'autocannon';
import { runClosedLoop } from './closed-loop-load';
import { LatencyHistogram } from './latency-histogram';
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
 * GraphQL errors counts as an error, as does a non-2xx, a connection error or a timeout. Latencies are
 * recorded per response in the same histogram as the raw baselines' (and also into `alsoInto`, for a
 * load measured in parts).
 */
export async function runHttpLoad(
  baseUrl: string,
  scenario: HttpScenario,
  shape: LoadShape,
  alsoInto?: LatencyHistogram,
): Promise<LoadResult> {
  let failedBodies = 0;
  const errorSamples: string[] = [];
  const latencies = new LatencyHistogram();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
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
              if (
                status >= 200 &&
                status < 300 &&
                !text.includes('"errors"') &&
                (scenario.check?.(text) ?? true)
              )
                return;
              failedBodies++;
              if (errorSamples.length < 5) errorSamples.push(`${status} ${text.slice(0, 300)}`);
            },
          },
        ],
      },
      (err: Error | null, res: autocannon.Result) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.record(responseTime);
      alsoInto?.record(responseTime);
    });
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
    p50: latencies.percentile(50),
    p99: latencies.percentile(99),
    errors,
    errorSamples,
  };
}

/** One request of the scenario; rejects on anything runHttpLoad counts as an error. */
function postGraphql(agent: http.Agent, url: URL, scenario: HttpScenario): Promise<void> {
  const { body, token } = scenario.next();
  const headers: Record<string, string | number> = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  };
  if (token) headers['authorization'] = `Bearer ${token}`;
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300 && !text.includes('"errors"') && (scenario.check?.(text) ?? true))
          resolve();
        else reject(new Error(`${status} ${text.slice(0, 300)}`));
      });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The scenario at an even pace, for a rate: requests start at evenly spaced times on keep-alive
 * connections, with the raw baselines' driver (runClosedLoop). autocannon -R cannot do this: each of
 * its connections sends its quota for the second back to back at the start of each second, then
 * waits, so "70 % of the maximum" was 70 % of each second at full load.
 */
export async function runPacedHttpLoad(
  baseUrl: string,
  scenario: HttpScenario,
  shape: LoadShape & { overallRate: number },
  alsoInto?: LatencyHistogram,
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: shape.connections });
  const url = new URL(`${baseUrl}/graphql`);
  try {
    return await runClosedLoop(() => postGraphql(agent, url, scenario), shape, alsoInto);
  } finally {
    agent.destroy();
  }
}
