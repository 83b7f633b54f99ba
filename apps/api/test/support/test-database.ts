import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import type { DatabaseConfig } from '../../src/config';
import type { Database } from '../../src/database/database';
import { openDatabase } from '../../src/database/open-database';
import { entities } from '../../src/modules';

/**
 * TEST_DATABASE_URL=mysql://user:pass@host:port runs the suite against MySQL/MariaDB, each test file
 * in a database of its own; unset, each test file gets a fresh SQLite file.
 */
export const testDialect: 'sqlite' | 'mysql' = process.env.TEST_DATABASE_URL?.startsWith('mysql://')
  ? 'mysql'
  : 'sqlite';

export interface TestDatabase {
  db: Database;
  config: DatabaseConfig;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `deskline_test_${randomBytes(6).toString('hex')}`;
  if (testDialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deskline-test-'));
    const config: DatabaseConfig = { kind: 'sqlite', file: path.join(dir, `${name}.sqlite`) };
    const db = await openDatabase(config, entities);
    return {
      db,
      config,
      async drop() {
        if (db.dataSource.isInitialized) await db.dataSource.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const server = new URL(process.env.TEST_DATABASE_URL as string);
  server.pathname = '/';
  const admin = await mysql.createConnection(server.toString());
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  await admin.end();
  const url = new URL(server.toString());
  url.pathname = `/${name}`;
  const config: DatabaseConfig = { kind: 'mysql', url: url.toString(), poolSize: 20 };
  const db = await openDatabase(config, entities);
  return {
    db,
    config,
    async drop() {
      if (db.dataSource.isInitialized) await db.dataSource.destroy();
      const conn = await mysql.createConnection(server.toString());
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}
