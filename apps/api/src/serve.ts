import cluster from 'node:cluster';
import type { Config } from './config';
import { DEFAULT_SIGN_UP_LIMITS } from './common/auth/sign-in-limiter';
import { createLogger } from './common/logger';
import { describeDatabase, openDatabase } from './database/open-database';
import { entities } from './modules';
import { createServer } from './server';

export function startBanner(config: Config): string {
  const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const processes = config.workers > 1 ? ` with ${config.workers} server processes` : '';
  return [
    `Deskline is running on ${describeDatabase(config.database)}${processes}`,
    `  web app     ${base}/`,
    config.playground
      ? `  playground  ${base}/graphql`
      : `  playground  off (PLAYGROUND=true turns it on in production)`,
    `  health      ${base}/healthz`,
  ].join('\n');
}

/** One server process: the whole API on the port, until SIGTERM or SIGINT lets its requests finish. */
export async function serve(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config.database, entities);
  const signUpLimits = { ...DEFAULT_SIGN_UP_LIMITS, perAddress: config.signUpsPerHour };
  const server = await createServer({ db, config, logger, signUpLimits });
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen(config.port, config.host, resolve);
  });
  // A worker's primary announces the whole server once every worker listens.
  if (cluster.isPrimary) console.log(startBanner(config));

  let stopping: Promise<void> | null = null;
  const shutdown = (signal: string) => {
    stopping ??= (async () => {
      logger.info({ signal }, 'shutting down: draining requests');
      await server.stop();
      await db.dataSource.destroy();
      process.exit(0);
    })();
  };
  // Ctrl-C reaches a worker twice: from the terminal, and as the primary's SIGTERM.
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
