import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './common/logger';
import { UnsafeDurability } from './database/durability-check';
import { DatabaseUnavailable, describeDatabase, openDatabase } from './database/open-database';
import { createServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config.database);
  const server = await createServer({ db, config, logger });
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen(config.port, config.host, resolve);
  });
  const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  console.log(
    [
      `Deskline is running on ${describeDatabase(config.database)}`,
      `  web app     ${base}/`,
      `  playground  ${base}/graphql`,
      `  health      ${base}/healthz`,
    ].join('\n'),
  );

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down: draining requests');
    await server.stop();
    await db.dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DatabaseUnavailable || err instanceof UnsafeDurability) {
    console.error(err.message);
  } else if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Deskline cannot start: the port is already in use (${(err as Error).message}). Set PORT to a free port.`);
  } else {
    console.error('Deskline failed to start:', err);
  }
  process.exit(1);
});
