import { fork } from 'node:child_process';
import path from 'node:path';
import { graphqlClient, type TestApi } from '../../support/test-server';

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
    child.once('exit', (code) =>
      reject(new Error(`The API process exited with code ${code} before listening.`)),
    );
    child.once('error', reject);
  });
  return {
    ...graphqlClient(`http://127.0.0.1:${port}`),
    db: first.db,
    databaseConfig: first.databaseConfig,
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      await exited;
    },
  };
}
