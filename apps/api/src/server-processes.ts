import cluster, { type Worker } from 'node:cluster';
import type { Config } from './config';
import { keepSignInCountsForWorkers } from './common/auth/sign-in-limiter';
import { createLogger } from './common/logger';
import { openDatabase } from './database/open-database';
import { entities } from './modules';
import { startBanner } from './serve';

/**
 * Runs config.workers server processes on one port: node:cluster hands each new connection to the next,
 * so the API uses every core. This primary serves nothing itself. It migrates the database before any
 * worker starts, keeps the sign-in failure counts they share, replaces a worker that dies after it
 * started, and on SIGTERM or SIGINT lets every worker finish its requests before exiting.
 */
export async function runPrimary(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config.database, entities);
  await db.dataSource.destroy();
  keepSignInCountsForWorkers();

  const started = new Set<number>();
  let announced = false;
  let stopping = false;
  let exitCode = 0;

  const fork = (): Worker =>
    cluster.fork().once('listening', function (this: Worker) {
      started.add(this.id);
      if (!announced && started.size >= config.workers) {
        announced = true;
        console.log(startBanner(config));
      }
    });
  const stopAll = (code: number) => {
    stopping = true;
    exitCode = Math.max(exitCode, code);
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(exitCode);
    for (const worker of workers) worker?.process.kill('SIGTERM');
  };

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
    } else if (!started.has(worker.id)) {
      // It failed while starting (its own message says why): a replacement would fail the same way.
      stopAll(1);
    } else {
      logger.error({ pid: worker.process.pid, code, signal }, 'a server process died; starting another');
      fork();
    }
  });
  process.on('SIGTERM', () => stopAll(0));
  process.on('SIGINT', () => stopAll(0));
  for (let i = 0; i < config.workers; i++) fork();
}
