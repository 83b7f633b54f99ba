import { fork } from 'node:child_process';
import path from 'node:path';
import type { GraphQLResponse, TestApi } from '../../support/test-server';

/**
 * The real server in a separate OS process on the same database as `first` (see api-process.js), as
 * a second API process of a deployment. Unlike a second server in this process, it runs truly in
 * parallel with the first: on SQLite its transactions interleave with ours through the file locks.
 */
export async function spawnApiProcess(first: TestApi): Promise<TestApi> {
  const child = fork(path.join(__dirname, 'api-process.js'), [], {
    env: { ...process.env, DESKLINE_TEST_DATABASE: JSON.stringify(first.databaseConfig) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`The API process exited with code ${code} before listening.`)));
    child.once('error', reject);
  });
  const url = `http://127.0.0.1:${port}`;

  const execute: TestApi['execute'] = async (query, variables, options) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options?.as) headers.authorization = `Bearer ${options.as}`;
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return { status: res.status, ...((await res.json()) as Omit<GraphQLResponse<never>, 'status'>) };
  };

  return {
    url,
    db: first.db,
    databaseConfig: first.databaseConfig,
    execute,
    async ok(query, variables, options) {
      const res = await execute(query, variables, options);
      if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
      return res.data as never;
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      await exited;
    },
  };
}
