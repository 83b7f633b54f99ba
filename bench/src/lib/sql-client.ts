import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import type { DatabaseTarget } from './database-target';

/** Plain reads for the bench's own bookkeeping (fixtures, checks): not part of any measurement. */
export interface SqlClient {
  query<T>(sql: string, params?: (string | number)[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function openSqlClient(target: DatabaseTarget): Promise<SqlClient> {
  if (target.dialect === 'sqlite') {
    const db = new Database(target.file, { readonly: true });
    return {
      query: async <T>(sql: string, params: (string | number)[] = []) => db.prepare(sql).all(params) as T[],
      close: async () => {
        db.close();
      },
    };
  }
  const conn = await mysql.createConnection({ uri: target.url, timezone: 'Z' });
  return {
    query: async <T>(sql: string, params: (string | number)[] = []) =>
      (await conn.query(sql, params))[0] as T[],
    close: () => conn.end(),
  };
}
