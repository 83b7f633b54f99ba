/**
 * Loaded into the API process with `node -r`: counts the SQL statements the API sends, without
 * touching apps/api. It wraps mysql2's Connection#query/#execute and better-sqlite3's statement
 * runs (every BEGIN/COMMIT included), and answers the bench over the IPC channel. The shared
 * MariaDB's global 'Questions' counter would mix in everyone else's tests; this count is exact.
 * Cluster workers inherit the preload; the primary asks each of them and answers with the sum.
 */
import cluster from 'node:cluster';
import { createRequire } from 'node:module';
import path from 'node:path';

interface StatsRequest {
  type: 'sql-stats';
  /** Start keeping the text of each statement (for --trace-sql) or stop. */
  trace?: boolean;
}

let statements = 0;
let tracing = false;
let traced: string[] = [];

function record(sql: unknown): void {
  statements++;
  if (tracing && traced.length < 500) {
    const text = typeof sql === 'string' ? sql : ((sql as { sql?: string } | null)?.sql ?? String(sql));
    traced.push(text.replace(/\s+/g, ' ').slice(0, 400));
  }
}

function wrap(proto: object, method: string): void {
  let owner: object | null = proto;
  while (owner && !Object.prototype.hasOwnProperty.call(owner, method))
    owner = Object.getPrototypeOf(owner) as object | null;
  if (!owner) return;
  const original = (owner as Record<string, unknown>)[method] as (...args: unknown[]) => unknown;
  (owner as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
    record(args[0]);
    return original.apply(this, args);
  };
}

// Resolve the drivers exactly as the API does, so this patches the instances TypeORM will load.
const apiDir = process.env['BENCH_API_DIR'] ?? path.resolve(__dirname, '../../../apps/api');
const requireFromApi = createRequire(path.join(apiDir, 'package.json'));

try {
  const mysql2 = requireFromApi('mysql2') as { Connection: { prototype: object } };
  wrap(mysql2.Connection.prototype, 'query');
  wrap(mysql2.Connection.prototype, 'execute');
} catch {
  // not installed: SQLite only
}

try {
  type Sqlite = new (file: string) => { prepare(sql: string): object; close(): void };
  const Database = requireFromApi('better-sqlite3') as Sqlite;
  const probe = new Database(':memory:');
  const statementProto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<
    string,
    (...args: unknown[]) => unknown
  >;
  probe.close();
  for (const method of ['run', 'get', 'all', 'iterate']) {
    const original = statementProto[method];
    if (!original) continue;
    statementProto[method] = function (this: { source: string }, ...args: unknown[]) {
      record(this.source);
      return original.apply(this, args);
    };
  }
} catch {
  // not installed: MySQL only
}

interface StatsReply {
  type: 'sql-stats';
  statements: number;
  traced: string[];
}

function ownStats(message: StatsRequest): StatsReply {
  const reply: StatsReply = { type: 'sql-stats', statements, traced };
  if (message.trace !== undefined) {
    tracing = message.trace;
    traced = [];
  }
  return reply;
}

async function processStats(message: StatsRequest): Promise<StatsReply> {
  const own = ownStats(message);
  if (!cluster.isPrimary) return own;
  const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
  const replies = await Promise.all(
    workers.map(
      (worker) =>
        new Promise<StatsReply>((resolve) => {
          const onMessage = (m: StatsReply) => {
            if (m?.type !== 'sql-stats') return;
            worker.off('message', onMessage);
            resolve(m);
          };
          worker.on('message', onMessage);
          worker.send(message);
        }),
    ),
  );
  return {
    type: 'sql-stats',
    statements: replies.reduce((sum, r) => sum + r.statements, own.statements),
    traced: [own.traced, ...replies.map((r) => r.traced)].flat(),
  };
}

if (process.send) {
  process.on('message', (message: StatsRequest) => {
    if (message?.type !== 'sql-stats') return;
    void processStats(message).then((reply) => process.send?.(reply));
  });
  // The bench's IPC channel must not keep a stopping server alive (a worker's is cluster's own).
  if (!cluster.isWorker) process.channel?.unref();
}
