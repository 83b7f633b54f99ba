import type { EntityManager } from 'typeorm';

type Rows = Record<string, unknown>[];

/** What mysql2 answers an INSERT or UPDATE with. */
export interface MysqlWriteHeader {
  affectedRows: number;
  insertId: number;
}

interface MysqlConnection {
  query(sql: string, values: unknown[], callback: (err: Error | null, result: unknown) => void): unknown;
  release(): void;
}

interface MysqlPool {
  getConnection(callback: (err: Error | null, connection: MysqlConnection) => void): void;
}

/**
 * Statements sent to mysql2 itself rather than through TypeORM's manager.query, which made a
 * QueryRunner (outside a transaction), broadcast events and wrapped the result for each statement:
 * 7 µs of CPU on top of mysql2's 37 for a primary-key read. A list request makes three statements,
 * a createTicket ten.
 *
 * In a transaction the statement runs on the transaction's connection. Outside one it borrows a
 * connection from the pool TypeORM holds (so every connection is set up as useReadCommittedSessions
 * makes it) and gives it back with the result. (mysql2's own pool.query keeps the connection until an
 * 'end' event: under load, more of each request outlived V8's young-generation collections, which
 * took 3 ms each instead of 1.) Like TypeORM's runners, it reports each statement to the DataSource
 * logger first: the logging option applies, and the tests' statement probes see it.
 *
 * On SQLite (one connection, in TypeORM's hands) the manager runs the statement.
 */
export function runStatement(manager: EntityManager, sql: string, values: unknown[]): Promise<unknown> {
  if (manager.connection.options.type !== 'mysql') return manager.query(sql, values);
  const logger = manager.connection.logger;
  return new Promise((resolve, reject) => {
    const fail = (err: Error) => {
      logger.logQueryError(err, sql, values);
      reject(err);
    };
    const run = (connection: MysqlConnection, done: () => void) => {
      try {
        connection.query(sql, values, (err, result) => {
          done();
          if (err) fail(err);
          else resolve(result);
        });
      } catch (err) {
        done();
        fail(err as Error);
      }
    };
    logger.logQuery(sql, values);
    const transaction = manager.queryRunner;
    if (transaction) {
      const connection = (transaction as unknown as { databaseConnection?: MysqlConnection })
        .databaseConnection;
      if (!transaction.isTransactionActive || !connection)
        return fail(new Error('A statement of a transaction that is not open'));
      return run(connection, () => undefined);
    }
    const pool = (manager.connection.driver as { pool?: MysqlPool }).pool;
    if (!pool)
      return fail(new Error('The MySQL driver has no connection pool: is the DataSource initialized?'));
    pool.getConnection((err, connection) => (err ? fail(err) : run(connection, () => connection.release())));
  });
}

/** A SELECT through runStatement. */
export async function readRows(manager: EntityManager, sql: string, values: unknown[]): Promise<Rows> {
  return (await runStatement(manager, sql, values)) as Rows;
}
