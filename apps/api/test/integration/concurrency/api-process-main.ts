import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../../src/common/logger';
import type { DatabaseConfig } from '../../../src/config';
import { openDatabase } from '../../../src/database/open-database';
import { entities } from '../../../src/modules';
import { createServer } from '../../../src/server';

/** The body of api-process.js (see there). */
async function main(): Promise<void> {
  const config = JSON.parse(process.env.DESKLINE_TEST_DATABASE as string) as DatabaseConfig;
  const db = await openDatabase(config, entities);
  const server = await createServer({
    db,
    config: { tokenTtlHours: 24, production: false, webDist: null, trustProxy: false },
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    compileOnRun: 1,
    signUpLimits: { perAddress: 1_000_000, perEmail: 1_000_000, windowSeconds: 3600 },
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  let stopping = false;
  process.on('SIGTERM', () => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      await server.stop();
      await db.dataSource.destroy();
      process.exit(0);
    })();
  });
  // The line of main.ts's banner that startApi waits for, with the port the system chose.
  console.log(`  health      http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/healthz`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
