import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';

export interface RawResult {
  rows: Record<string, unknown>[];
  affected: number;
  insertId: number;
}

export interface RawSession {
  query(sql: string, params?: unknown[]): Promise<RawResult>;
}

/**
 * The thinnest driver layer the raw baselines run on: plain statements, and transactions the way the
 * API opens them (MySQL: READ COMMITTED, set once per connection as the API does; SQLite: one writer at a time).
 */
export interface RawDriver extends RawSession {
  dialect: 'mysql' | 'sqlite';
  transaction<T>(work: (tx: RawSession) => Promise<T>): Promise<T>;
  /** Added to the single-row member read inside transactions (FOR UPDATE on MySQL, as findMemberLocked). */
  lockSuffix: string;
  /** Every statement sent, transaction control included: the baseline's SQL/request. */
  readonly statements: number;
  close(): Promise<void>;
}

function mysqlResult(result: unknown): RawResult {
  if (Array.isArray(result)) return { rows: result as Record<string, unknown>[], affected: 0, insertId: 0 };
  const header = result as mysql.ResultSetHeader;
  return { rows: [], affected: header.affectedRows, insertId: header.insertId };
}

export function openMysqlDriver(url: string, poolSize: number): RawDriver {
  // Text protocol (query, not execute), as TypeORM's mysql driver sends statements.
  const pool = mysql.createPool({ uri: url, connectionLimit: poolSize, timezone: 'Z', charset: 'utf8mb4' });
  // Once per connection, as the API's useReadCommittedSessions does.
  pool.pool.on('connection', (conn) => conn.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED'));
  let statements = 0;
  const on = (conn: mysql.PoolConnection): RawSession => ({
    query: async (sql, params = []) => {
      statements++;
      return mysqlResult((await conn.query(sql, params))[0]);
    },
  });
  return {
    dialect: 'mysql',
    get statements() {
      return statements;
    },
    lockSuffix: ' FOR UPDATE',
    // A read outside a transaction borrows a connection and gives it back with the rows, as the API's readRows does.
    async query(sql, params = []) {
      const conn = await pool.getConnection();
      try {
        return await on(conn).query(sql, params);
      } finally {
        conn.release();
      }
    },
    // Retried whole on deadlock / lock wait timeout, as the API's Database.transaction does.
    async transaction(work) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await once(work);
        } catch (err) {
          const errno = (err as { errno?: number }).errno;
          if (attempt >= 5 || (errno !== 1213 && errno !== 1205)) throw err;
          await new Promise((r) => setTimeout(r, 5 * 2 ** attempt * Math.random()));
        }
      }
    },
    close: () => pool.end(),
  };

  async function once<T>(work: (tx: RawSession) => Promise<T>): Promise<T> {
    const conn = await pool.getConnection();
    const tx = on(conn);
    try {
      await tx.query('START TRANSACTION');
      try {
        const result = await work(tx);
        await tx.query('COMMIT');
        return result;
      } catch (err) {
        await tx.query('ROLLBACK');
        throw err;
      }
    } finally {
      conn.release();
    }
  }
}

export function openSqliteDriver(file: string): RawDriver {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  // Prepared once and reused, as TypeORM's better-sqlite3 driver caches its statements.
  const prepared = new Map<string, Database.Statement>();
  let statements = 0;
  const session: RawSession = {
    query: async (sql, params = []) => {
      statements++;
      let stmt = prepared.get(sql);
      if (!stmt) prepared.set(sql, (stmt = db.prepare(sql)));
      const values = params.map((p) => (typeof p === 'boolean' ? Number(p) : p));
      if (stmt.reader)
        return { rows: stmt.all(values) as Record<string, unknown>[], affected: 0, insertId: 0 };
      const info = stmt.run(values);
      return { rows: [], affected: info.changes, insertId: Number(info.lastInsertRowid) };
    },
  };
  let queue: Promise<unknown> = Promise.resolve();
  return {
    dialect: 'sqlite',
    lockSuffix: '',
    get statements() {
      return statements;
    },
    ...session,
    // One connection: transactions queue, as the API's sqliteWriteLock makes them.
    transaction<T>(work: (tx: RawSession) => Promise<T>): Promise<T> {
      const run = queue.then(async () => {
        await session.query('BEGIN TRANSACTION');
        try {
          const result = await work(session);
          await session.query('COMMIT');
          return result;
        } catch (err) {
          await session.query('ROLLBACK');
          throw err;
        }
      });
      queue = run.catch(() => undefined);
      return run;
    },
    close: async () => {
      db.close();
    },
  };
}
