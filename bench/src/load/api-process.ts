import { type ApiHandle, startApi } from '@deskline/api-launcher';
import fs from 'node:fs';
import path from 'node:path';
import { apiDir, apiMain } from '../lib/paths';

export interface SqlStats {
  statements: number;
  traced: string[];
}

/**
 * The real server (apps/api/dist/main.js) in a process of its own, with the query counter preloaded.
 * LOG_LEVEL=silent and NODE_ENV=production, as it would run behind a load balancer.
 */
export class ApiProcess {
  readonly url: string;

  private constructor(private readonly api: ApiHandle) {
    this.url = api.url;
  }

  get pid(): number {
    return this.api.pid;
  }

  private get child() {
    return this.api.child;
  }

  /** workers: the API's WORKERS; undefined leaves its default (one per core on MySQL, one on SQLite). */
  static async start(
    databaseUrl: string,
    port: number,
    poolSize: number,
    nodeArgs: string[] = [],
    workers?: string,
  ): Promise<ApiProcess> {
    if (!fs.existsSync(apiMain))
      throw new Error(`${apiMain} is missing: build the API first (pnpm --filter @deskline/api build).`);
    const preload = path.join(__dirname, 'query-counter.preload.js');
    const api = await startApi({
      entry: apiMain,
      nodeArgs: [...nodeArgs, '-r', preload],
      cwd: apiDir,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        NODE_ENV: 'production',
        // Fixtures sign up many owners from 127.0.0.1.
        SIGN_UPS_PER_HOUR: '1000000',
        DATABASE_POOL_SIZE: String(poolSize),
        BENCH_API_DIR: apiDir,
        ...(workers === undefined ? {} : { WORKERS: workers }),
      },
      // The query counter answers over it.
      ipc: true,
    });
    return new ApiProcess(api);
  }

  /** The server processes: this one, and its cluster workers when it runs several. */
  processIds(): number[] {
    return [this.pid, ...childProcessIds(this.pid)];
  }

  /** Resident set size of all of the server's processes from /proc, in MiB. */
  rssMiB(): number {
    return Math.round(this.processIds().reduce((sum, pid) => sum + readRssMiB(pid), 0) * 10) / 10;
  }

  /** CPU time all of the server's processes have used so far (the workers' are counted while they run). */
  cpuMs(): number {
    return this.processIds().reduce((sum, pid) => sum + readCpuMs(pid), 0);
  }

  sqlStats(trace?: boolean): Promise<SqlStats> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The API did not answer the statement count')), 5000);
      const onMessage = (m: { type?: string } & SqlStats) => {
        if (m?.type !== 'sql-stats') return;
        clearTimeout(timer);
        this.child.off('message', onMessage);
        resolve({ statements: m.statements, traced: m.traced });
      };
      this.child.on('message', onMessage);
      this.child.send({ type: 'sql-stats', trace });
    });
  }

  async stop(): Promise<void> {
    await this.api.stop();
  }
}

/** Children of a process, from /proc (a worker that exits between the reads is skipped). */
export function childProcessIds(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((tid) => fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/))
      .filter((s) => s !== '')
      .map(Number);
  } catch {
    return [];
  }
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (10 ms resolution). */
export function readCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command (which may hold spaces) start at ") "; utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

// USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK).
const CLOCK_TICKS_PER_SECOND = 100;

export function readRssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}
