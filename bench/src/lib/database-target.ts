import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';

/** The parts of a DATABASE_URL the bench needs. */
export type DatabaseTarget =
  | { dialect: 'mysql'; url: string; serverUrl: string; name: string }
  | { dialect: 'sqlite'; url: string; file: string };

export function parseTarget(databaseUrl: string): DatabaseTarget {
  if (databaseUrl.startsWith('sqlite:'))
    return { dialect: 'sqlite', url: databaseUrl, file: path.resolve(databaseUrl.slice('sqlite:'.length)) };
  const url = new URL(databaseUrl);
  const name = url.pathname.replace(/^\//, '');
  if (!/^[A-Za-z0-9_]+$/.test(name))
    throw new Error(`The database name in ${databaseUrl} must be [A-Za-z0-9_]+`);
  if (!name.includes('bench'))
    throw new Error(
      `Refusing to recreate ${name}: the bench only drops databases whose name contains "bench".`,
    );
  url.pathname = '/';
  return { dialect: 'mysql', url: databaseUrl, serverUrl: url.toString(), name };
}

/** Drops and recreates the bench's own database (MySQL) or file (SQLite). */
export async function recreateDatabase(target: DatabaseTarget): Promise<void> {
  if (target.dialect === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(target.file + suffix, { force: true });
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    return;
  }
  const conn = await mysql.createConnection({ uri: target.serverUrl });
  try {
    await conn.query(`DROP DATABASE IF EXISTS \`${target.name}\``);
    await conn.query(`CREATE DATABASE \`${target.name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  } finally {
    await conn.end();
  }
}
