import path from 'node:path';

/** bench/dist/lib → the repository root. */
export const repoRoot = path.resolve(__dirname, '../../..');
export const apiDir = path.join(repoRoot, 'apps/api');
export const apiMain = path.join(apiDir, 'dist/main.js');
export const apiMigrate = path.join(apiDir, 'dist/scripts/migrate.js');
export const benchDir = path.join(repoRoot, 'bench');
export const resultsDir = path.join(benchDir, 'results');
export const defaultSqliteFile = path.join(benchDir, 'data/bench.sqlite');
