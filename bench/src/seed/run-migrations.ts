import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { apiMigrate } from '../lib/paths';

/** The schema comes from the API's own migrations (apps/api/dist/scripts/migrate.js), never a copy. */
export function runApiMigrations(databaseUrl: string): void {
  if (!fs.existsSync(apiMigrate))
    throw new Error(`${apiMigrate} is missing: build the API first (pnpm --filter @deskline/api build).`);
  const result = spawnSync(process.execPath, [apiMigrate], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`The API's migrations failed (${result.status}):\n${result.stderr}${result.stdout}`);
}
