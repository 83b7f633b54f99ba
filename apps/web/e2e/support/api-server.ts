import { API_DIST_MAIN, startApi } from '@deskline/api-launcher';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../../..');
// E2E_WEB_DIST: try another build of the web app against the same flow.
const webDist = process.env['E2E_WEB_DIST'] ?? path.join(repoRoot, 'apps/web/dist');

export interface ApiServer {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * The real API process (node apps/api/dist/main.js) serving the built web app, on a fresh SQLite file in a
 * temporary folder; resolves once it is ready (startApi).
 */
export async function startApiServer(): Promise<ApiServer> {
  for (const [what, file] of [
    ['the API (pnpm --filter @deskline/api build)', API_DIST_MAIN],
    ['the web app (pnpm --filter @deskline/web build)', path.join(webDist, 'index.html')],
  ] as const) {
    if (!fs.existsSync(file))
      throw new Error(`Build ${what} first: ${file} is missing. 'pnpm test:e2e' does both.`);
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deskline-e2e-'));
  const port = await freePort();
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  const api = await startApi({
    entry: API_DIST_MAIN,
    cwd: dir,
    env: {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: `sqlite:${path.join(dir, 'deskline.sqlite')}`,
      WEB_DIST: webDist,
      LOG_LEVEL: 'warn',
    },
    readyTimeoutMs: 30_000,
  }).catch((err: unknown) => {
    removeDir();
    throw err;
  });
  return {
    url: api.url,
    async stop() {
      // SIGKILL after 5 s: the browser tests do not wait on a slow drain.
      await api.stop(5000);
      removeDir();
    },
  };
}
