import type { EntityManager } from 'typeorm';

type Rows = Record<string, unknown>[];

interface PooledConnection {
  query(sql: string, values: unknown[], callback: (err: Error | null, rows: unknown) => void): unknown;
  release(): void;
}

interface MysqlPool {
  getConnection(callback: (err: Error | null, connection: PooledConnection) => void): void;
}

/**
 * Runs a SELECT. Outside a transaction on MySQL it borrows a connection from mysql2's pool, the one
 * TypeORM holds (so every connection is set up as useReadCommittedSessions makes it), and gives it
 * back when the rows are in: TypeORM's manager.query also made a QueryRunner, broadcast events and
 * wrapped the result for each statement, 7 µs of CPU on top of mysql2's 37 for a primary-key read,
 * and a list request makes three reads. (mysql2's own pool.query keeps the connection until an 'end'
 * event: under load, more of each request outlived V8's young-generation collections, which took
 * 3 ms each instead of 1.) In a transaction, or on SQLite (one connection, shared with TypeORM's
 * write lock), the manager runs it.
 */
export function readRows(manager: EntityManager, sql: string, values: unknown[]): Promise<Rows> {
  const pool = manager.queryRunner ? undefined : (manager.connection.driver as { pool?: MysqlPool }).pool;
  if (manager.connection.options.type !== 'mysql' || !pool) return manager.query(sql, values) as Promise<Rows>;
  const logger = manager.connection.logger;
  return new Promise((resolve, reject) => {
    const fail = (err: Error) => {
      logger.logQueryError(err, sql, values);
      reject(err);
    };
    // As TypeORM's runners do before every statement: the logging option applies, and tests watch here.
    logger.logQuery(sql, values);
    pool.getConnection((connectError, connection) => {
      if (connectError) return fail(connectError);
      try {
        connection.query(sql, values, (err, rows) => {
          connection.release();
          if (err) fail(err);
          else resolve(rows as Rows);
        });
      } catch (err) {
        connection.release();
        fail(err as Error);
      }
    });
  });
}
