import type { DatabaseConfig } from '../config';
import { createDataSource, type EntityList } from './data-source';
import { Database } from './database';
import { assertDurableMysql } from './durability-check';
import { useReadCommittedSessions } from './read-committed-sessions';

export class DatabaseUnavailable extends Error {}

export function describeDatabase(db: DatabaseConfig): string {
  if (db.kind === 'sqlite') return `SQLite file ${db.file}`;
  const url = new URL(db.url);
  return `MySQL ${url.hostname}:${url.port || 3306}${url.pathname}`;
}

/** Connects and brings the schema up to date with the migrations. */
export async function openDatabase(config: DatabaseConfig, entities: EntityList): Promise<Database> {
  const dataSource = createDataSource(config, entities);
  try {
    await dataSource.initialize();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new DatabaseUnavailable(`Cannot open the database (${describeDatabase(config)}): ${reason}`);
  }
  if (config.kind === 'mysql') {
    useReadCommittedSessions(dataSource);
    await assertDurableMysql((sql) => dataSource.query(sql), config.allowUnsafeDurability ?? false).catch(
      async (err: unknown) => {
        await dataSource.destroy();
        throw err;
      },
    );
  }
  await dataSource.runMigrations({ transaction: 'each' });
  return new Database(dataSource);
}
