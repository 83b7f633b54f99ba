import { startApi } from '@deskline/api-launcher';
import path from 'node:path';
import { graphqlClient, type TestApi } from '../../support/test-server';

/**
 * The real server in a separate OS process on the same database as `first` (see api-process.js), as
 * a second API process of a deployment. Unlike a second server in this process, it runs truly in
 * parallel with the first: on SQLite its transactions interleave with ours through the file locks.
 */
export async function spawnApiProcess(first: TestApi): Promise<TestApi> {
  const api = await startApi({
    name: 'the second API process',
    entry: path.join(__dirname, 'api-process.js'),
    cwd: process.cwd(),
    env: { ...process.env, DESKLINE_TEST_DATABASE: JSON.stringify(first.databaseConfig) },
    // Its log and errors show with the test's, as they did when it inherited our stdout and stderr; the
    // ready line it prints for startApi does not (it used to report its port over IPC instead).
    onOutput: (chunk, stream) => {
      const shown = stream === 'stdout' ? chunk.replace(/^[ \t]*health[ \t]+http:\S+\r?\n/m, '') : chunk;
      if (shown) process[stream].write(shown);
    },
  });
  return {
    ...graphqlClient(api.url),
    db: first.db,
    databaseConfig: first.databaseConfig,
    async close() {
      await api.stop();
    },
  };
}
