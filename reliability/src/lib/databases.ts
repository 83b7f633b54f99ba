import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { onCleanup } from './cleanup';

/** The shared MariaDB (other people's tests use it too: we only ever create and drop our own databases). */
export const SHARED_MYSQL_URL = process.env['RELIABILITY_MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306';

export interface ScratchDatabase {
  /** DATABASE_URL for the API. */
  url: string;
  describe: string;
}

/** A fresh database on a MySQL/MariaDB server, dropped at cleanup. */
export async function createMysqlDatabase(
  serverUrl: string,
  prefix = 'deskline_rel',
): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await createNamedMysqlDatabase(serverUrl, name);
  onCleanup(`drop database ${name}`, async () => {
    const conn = await mysql.createConnection(serverUrl);
    try {
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
    } finally {
      await conn.end();
    }
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), describe: `MariaDB ${url.host}/${name}` };
}

export async function createNamedMysqlDatabase(serverUrl: string, name: string): Promise<void> {
  const conn = await mysql.createConnection(serverUrl);
  try {
    await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  } finally {
    await conn.end();
  }
}

/** A fresh SQLite file in a temporary folder, removed at cleanup. */
export function createSqliteDatabase(): ScratchDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deskline-rel-sqlite-'));
  onCleanup(`remove ${dir}`, () => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'deskline.sqlite');
  return { url: `sqlite:${file}`, describe: `SQLite ${file}` };
}

/** A direct connection (not through the API) to read what is really stored. */
export async function withMysql<T>(url: string, work: (conn: mysql.Connection) => Promise<T>): Promise<T> {
  const conn = await mysql.createConnection(url);
  try {
    return await work(conn);
  } finally {
    await conn.end();
  }
}
