import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../../..');
const apiMain = path.join(repoRoot, 'apps/api/dist/main.js');
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
 * temporary folder; resolves once /healthz answers.
 */
export async function startApiServer(): Promise<ApiServer> {
  for (const [what, file] of [
    ['the API (pnpm --filter @deskline/api build)', apiMain],
    ['the web app (pnpm --filter @deskline/web build)', path.join(webDist, 'index.html')],
  ] as const) {
    if (!fs.existsSync(file))
      throw new Error(`Build ${what} first: ${file} is missing. 'pnpm test:e2e' does both.`);
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deskline-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [apiMain], {
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
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 30000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(
        `The API exited with code ${child.exitCode} before it was healthy:\n${output.join('')}`,
      );
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The API did not answer ${url}/healthz within 30 s:\n${output.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop };
}
