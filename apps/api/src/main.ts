import 'reflect-metadata';
import cluster from 'node:cluster';
import { ConfigError, loadConfig } from './config';
import { UnsafeDurability } from './database/durability-check';
import { DatabaseUnavailable } from './database/open-database';
import { runPrimary } from './server-processes';
import { serve } from './serve';

async function main(): Promise<void> {
  const config = loadConfig();
  if (cluster.isPrimary && config.workers > 1) await runPrimary(config);
  else await serve(config);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DatabaseUnavailable || err instanceof UnsafeDurability) {
    console.error(err.message);
  } else if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(
      `Deskline cannot start: the port is already in use (${(err as Error).message}). Set PORT to a free port.`,
    );
  } else {
    console.error('Deskline failed to start:', err);
  }
  process.exit(1);
});
