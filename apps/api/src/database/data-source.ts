import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { migrations } from './migrations';

/** The entity classes the modules register (modules/index.ts). */
export type EntityList = NonNullable<DataSourceOptions['entities']>;

/** One DataSource for both dialects; `synchronize` stays off: the schema only changes through migrations. */
export function createDataSource(db: DatabaseConfig, entities: EntityList): DataSource {
  const common = { entities, migrations, synchronize: false, migrationsRun: false, logging: false } as const;
  if (db.kind === 'sqlite') {
    fs.mkdirSync(path.dirname(db.file), { recursive: true });
    return new DataSource({
      ...common,
      type: 'better-sqlite3',
      database: db.file,
      // Compiled statements kept by SQL text: declared statements (statement.ts) bind their
      // values, so each is compiled once; 100, the default, is fewer than the shapes in use.
      statementCacheSize: 1000,
      // WAL lets readers go on while a write commits; the busy timeout covers another process writing.
      // A 64 MiB page cache instead of SQLite's 2 MiB: a page of an agent's own tickets reads 26 tickets
      // and their requesters scattered over the file (bench, 600k tickets: 960 µs a page, 580 with it).
      prepareDatabase: (sqlite: { pragma(s: string): unknown }) => {
        sqlite.pragma('journal_mode = WAL');
        sqlite.pragma('busy_timeout = 5000');
        sqlite.pragma('cache_size = -65536');
      },
    });
  }
  return new DataSource({
    ...common,
    type: 'mysql',
    url: db.url,
    timezone: 'Z',
    charset: 'utf8mb4',
    poolSize: db.poolSize,
    extra: { connectTimeout: 5000 },
  });
}
