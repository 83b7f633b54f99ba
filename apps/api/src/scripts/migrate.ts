import 'reflect-metadata';
import { loadConfig } from '../config';
import { describeDatabase, openDatabase } from '../database/open-database';
import { entities } from '../modules';

/** `pnpm db:migrate`: applies pending migrations to the configured database and exits. */
async function migrate(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config.database, entities);
  console.log(`Migrations are up to date on ${describeDatabase(config.database)}.`);
  await db.dataSource.destroy();
}

migrate().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
