import { parseArgs } from 'node:util';
import { defaultSqliteFile } from './paths';

export interface BenchOptions {
  command: 'seed' | 'run' | 'soak';
  dialect: 'mysql' | 'sqlite';
  /** mysql://… or sqlite:<path>, as the API's DATABASE_URL. */
  databaseUrl: string;
  workspaces: number;
  agents: number;
  tickets: number;
  batch: number;
  /** Seconds per scenario (run) or of the whole soak. */
  duration: number;
  connections: number;
  /** Seconds of unmeasured load before each scenario. */
  warmup: number;
  port: number;
  /** Only these scenarios (comma-separated ids), for development. */
  only: string[] | null;
  poolSize: number;
  /** The API's WORKERS (server processes); null leaves the API's default. */
  workers: string | null;
  traceSql: boolean;
  /** Profile the API process (node --cpu-prof) and print where its CPU time went. */
  cpuProf: boolean;
}

export const DEFAULT_SOAK_SECONDS = 600;

const HELP = `usage: node dist/main.js <seed|run|soak> [flags]
  --sqlite                 the embedded SQLite default instead of MariaDB
  --database-url URL       mysql://root@127.0.0.1:3306/deskline_bench (default) or sqlite:<path>
  seed:  --workspaces 100 --agents 20 --tickets 1000000 (SQLite: 600000) --batch 5000
  run:   --duration 10 --connections 20 --warmup 5 --only id,id --trace-sql --cpu-prof
         (--only takes scenario ids and bare-apollo, floor, queue-first-page@10k, createTicket-at-70pct)
  soak:  --duration 600 --connections 20 (shorter soaks write <date>-soak-<db>-partial.md)
  both:  --port 4100 --pool-size 10 (the API's DATABASE_POOL_SIZE per process, and the raw baseline's pool)
         --workers N|auto (the API's WORKERS; by default the API's own, 1)`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      sqlite: { type: 'boolean', default: false },
      'database-url': { type: 'string' },
      workspaces: { type: 'string' },
      agents: { type: 'string' },
      tickets: { type: 'string' },
      batch: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      warmup: { type: 'string' },
      port: { type: 'string' },
      only: { type: 'string' },
      'pool-size': { type: 'string' },
      workers: { type: 'string' },
      'trace-sql': { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const command = positionals[0];
  if (values.help || (command !== 'seed' && command !== 'run' && command !== 'soak')) {
    console.error(HELP);
    process.exit(values.help ? 0 : 2);
  }
  const sqlite = values.sqlite || values['database-url']?.startsWith('sqlite:') === true;
  const num = (name: string, value: string | undefined, fallback: number): number => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0)
      throw new Error(`--${name} must be a non-negative number, got ${value}`);
    return n;
  };
  return {
    command,
    dialect: sqlite ? 'sqlite' : 'mysql',
    databaseUrl:
      values['database-url'] ??
      (sqlite ? `sqlite:${defaultSqliteFile}` : 'mysql://root@127.0.0.1:3306/deskline_bench'),
    workspaces: num('workspaces', values.workspaces, 100),
    agents: num('agents', values.agents, 20),
    tickets: num('tickets', values.tickets, sqlite ? 600_000 : 1_000_000),
    batch: num('batch', values.batch, 5000),
    duration: num('duration', values.duration, command === 'soak' ? DEFAULT_SOAK_SECONDS : 10),
    connections: num('connections', values.connections, 20),
    warmup: num('warmup', values.warmup, 5),
    port: num('port', values.port, 4100),
    only: values.only ? values.only.split(',').map((s) => s.trim()) : null,
    poolSize: num('pool-size', values['pool-size'], 10),
    workers: values.workers ?? null,
    traceSql: values['trace-sql'],
    cpuProf: values['cpu-prof'],
  };
}
