import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { GraphQLResponse } from './test-server';

const apiRoot = path.resolve(__dirname, '../..');

export interface MainProcess {
  child: ReturnType<typeof spawn>;
  exited: Promise<number | null>;
  /** The base URL, once the start banner is printed. */
  listening: Promise<string>;
  output(): string;
}

/** src/main.ts as production runs it (configuration from the environment). */
export function startMain(env: Record<string, string>): MainProcess {
  const child = spawn(process.execPath, ['-r', './test/support/register-ts.js', 'src/main.ts'], {
    cwd: apiRoot,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const url = /playground\s+(http:\/\/\S+)\/graphql/.exec(output)?.[1];
      if (url) resolve(url);
    });
    void exited.then((code) => reject(new Error(`main.ts exited with ${code} before listening:\n${output}`)));
  });
  listening.catch(() => undefined); // awaited by the tests that expect it to listen
  return { child, exited, listening, output: () => output };
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
