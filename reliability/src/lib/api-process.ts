import { type ApiHandle, startApi } from '@deskline/api-launcher';
import fs from 'node:fs';
import net from 'node:net';
import { onCleanup } from './cleanup';
import { GraphQLClient } from './graphql';
import { API_ENTRY, API_ROOT } from './paths';

export interface TransactionStats {
  attempts: number;
  transientFailures: number;
  transientByCode: Record<string, number>;
}

export interface ApiOptions {
  name: string;
  databaseUrl: string;
  /** Reuse a port (a restart after SIGKILL); a free one otherwise. */
  port?: number;
  /** The server's log (LOG_LEVEL=warn) is appended here. */
  logFile: string;
  /** More environment for the server (e.g. GRAPHQL_INTROSPECTION). */
  env?: Record<string, string>;
}

/** A real Deskline server (apps/api/src/main.ts) in a process of its own, configured from the environment. */
export class ApiProcess {
  readonly client: GraphQLClient;

  private constructor(
    readonly name: string,
    private readonly api: ApiHandle,
  ) {
    this.client = new GraphQLClient(api.url);
  }

  get port(): number {
    return this.api.port;
  }

  private get child() {
    return this.api.child;
  }

  static async start(options: ApiOptions): Promise<ApiProcess> {
    const port = options.port ?? (await freePort());
    const log = fs.createWriteStream(options.logFile, { flags: 'a' });
    log.write(
      `\n--- ${new Date().toISOString()} starting ${options.name} on port ${port} (${options.databaseUrl})\n`,
    );
    let handle: ApiHandle;
    try {
      handle = await startApi({
        name: options.name,
        // api-entry.js (compiled) imports main.ts from apps/api/src: the swc hook compiles it.
        entry: API_ENTRY,
        registerTs: true,
        cwd: API_ROOT,
        env: {
          ...process.env,
          DATABASE_URL: options.databaseUrl,
          HOST: '127.0.0.1',
          PORT: String(port),
          LOG_LEVEL: 'warn',
          NODE_ENV: 'production',
          // Fixtures sign up many owners from 127.0.0.1.
          SIGN_UPS_PER_HOUR: '1000000',
          ...options.env,
        },
        // api-entry answers 'stats' over it, and stops when it closes (this run went away).
        ipc: true,
        onOutput: (chunk) => {
          // A failed start closes the log; a worker it left behind may still write.
          if (!log.writableEnded) log.write(chunk);
        },
      });
    } catch (err) {
      log.end();
      throw err;
    }
    handle.child.once('close', () => log.end());
    const api = new ApiProcess(options.name, handle);
    const removeCleanup = onCleanup(`stop ${options.name}`, () => api.kill());
    void handle.exited.then(() => removeCleanup());
    return api;
  }

  /** The process id, for reading its memory from /proc. */
  get pid(): number {
    return this.api.pid;
  }

  get running(): boolean {
    return this.api.running;
  }

  /** The transaction counts of this process so far (null when it does not answer: killed, or busy for 5 s). */
  stats(): Promise<TransactionStats | null> {
    if (!this.running || !this.child.connected) return Promise.resolve(null);
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(null), 5000);
      const onMessage = (message: unknown) => {
        const stats = (message as { stats?: TransactionStats }).stats;
        if (stats) done(stats);
      };
      const done = (value: TransactionStats | null) => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        resolve(value);
      };
      this.child.on('message', onMessage);
      this.child.send('stats');
    });
  }

  /** SIGTERM: Deskline drains in-flight requests, closes its pool and exits 0 (waited for however long it takes, no SIGKILL). */
  stop(): Promise<number | null> {
    return this.api.stop(null);
  }

  /** SIGKILL: the process dies at once, mid-request, as in a crash or an OOM kill. */
  async kill(): Promise<void> {
    await this.api.kill('SIGKILL');
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function sumStats(all: (TransactionStats | null)[]): TransactionStats | null {
  if (all.some((s) => s === null)) return null;
  const total: TransactionStats = { attempts: 0, transientFailures: 0, transientByCode: {} };
  for (const s of all as TransactionStats[]) {
    total.attempts += s.attempts;
    total.transientFailures += s.transientFailures;
    for (const [code, n] of Object.entries(s.transientByCode))
      total.transientByCode[code] = (total.transientByCode[code] ?? 0) + n;
  }
  return total;
}

export function diffStats(
  after: TransactionStats | null,
  before: TransactionStats | null,
): TransactionStats | null {
  if (!after || !before) return null;
  const byCode: Record<string, number> = {};
  for (const [code, n] of Object.entries(after.transientByCode)) {
    const delta = n - (before.transientByCode[code] ?? 0);
    if (delta > 0) byCode[code] = delta;
  }
  return {
    attempts: after.attempts - before.attempts,
    transientFailures: after.transientFailures - before.transientFailures,
    transientByCode: byCode,
  };
}

export function describeRetries(stats: TransactionStats | null): string {
  if (!stats) return 'unknown';
  const codes = Object.entries(stats.transientByCode)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return `${stats.transientFailures} of ${stats.attempts} attempts${codes ? ` (${codes})` : ''}`;
}
