import { API_MAIN_TS, ApiStartError, startApi, type ApiHandle } from '@deskline/api-launcher';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { GraphQLResponse } from './test-server';

export interface MainProcess {
  /** Available once `listening` or `exited` has settled. */
  child: ChildProcess;
  exited: Promise<number | null>;
  /** The base URL, once the server is ready (startApi's ready line). */
  listening: Promise<string>;
  output(): string;
}

/**
 * src/main.ts as production runs it (configuration from the environment). Synchronous, unlike startApi,
 * because the tests of a process that cannot start await only its exit and read its output.
 */
export function startMain(env: Record<string, string>): MainProcess {
  const started = startApi({
    name: 'main.ts',
    entry: API_MAIN_TS,
    registerTs: true,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
  });
  // The running server, or the error of one that exited before it was ready.
  let settled: ApiHandle | ApiStartError | undefined;
  const listening = started.then(
    (api) => {
      settled = api;
      return api.url;
    },
    (err: unknown) => {
      if (err instanceof ApiStartError) settled = err;
      throw err;
    },
  );
  listening.catch(() => undefined); // awaited by the tests that expect it to listen
  const exited = listening.then(
    () => (settled as ApiHandle).exited,
    (err: unknown) => {
      if (err instanceof ApiStartError) return err.exitCode;
      throw err;
    },
  );
  return {
    get child() {
      if (!settled) throw new Error('main.ts is still starting: await listening or exited first');
      return settled.child;
    },
    exited,
    listening,
    output: () => (settled instanceof ApiStartError ? settled.output : (settled?.output() ?? '')),
  };
}

export function randomPort(): string {
  return String(20000 + Math.floor(Math.random() * 20000));
}

/**
 * POST /graphql on a connection of its own: with several server processes, each new connection goes
 * to the next one, so a run of these reaches all of them (a keep-alive client would stick to one).
 */
export function postOnNewConnection<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ...(JSON.parse(text) as Omit<GraphQLResponse<T>, 'status'>),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The process's children, from /proc: a cluster primary's workers. */
export function childPids(pid: number): number[] {
  return fs
    .readdirSync(`/proc/${pid}/task`)
    .flatMap((tid) => fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/))
    .filter((s) => s !== '')
    .map(Number);
}
