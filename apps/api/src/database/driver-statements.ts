import type { EntityManager, QueryResult } from 'typeorm';
import { dialectOf } from './dialect';
import {
  mysqlPool,
  transactionConnection,
  transactionRunner,
  type MysqlConnection,
} from './typeorm-internals';

type Rows = Record<string, unknown>[];

/** What an INSERT or UPDATE did. */
export interface WriteResult {
  affected: number;
  /** The id an INSERT generated (on MySQL, also what LAST_INSERT_ID(expr) set; 0 for other statements). */
  insertId: number;
}

/** What mysql2 answers an INSERT or UPDATE with. */
interface MysqlWriteHeader {
  affectedRows: number;
  insertId: number;
}

/**
 * The driver layer: statements sent to mysql2 itself rather than through TypeORM's manager.query,
 * which made a QueryRunner (outside a transaction), broadcast events and wrapped the result for each
 * statement: 7 µs of CPU on top of mysql2's 37 for a primary-key read. A list request makes three
 * statements, a createTicket ten. Only database/ imports this file.
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
function runStatement(manager: EntityManager, sql: string, values: unknown[]): Promise<unknown> {
  if (dialectOf(manager).name !== 'mysql') return manager.query(sql, values);
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
    const transaction = transactionRunner(manager);
    if (transaction) {
      const connection = transactionConnection(transaction);
      if (!transaction.isTransactionActive || !connection)
        return fail(new Error('A statement of a transaction that is not open'));
      return run(connection, () => undefined);
    }
    let pool;
    try {
      pool = mysqlPool(manager.connection);
    } catch (err) {
      return fail(err as Error);
    }
    pool.getConnection((err, connection) => (err ? fail(err) : run(connection, () => connection.release())));
  });
}

/** A SELECT (or an UPDATE … RETURNING on SQLite). */
export async function readRows(manager: EntityManager, sql: string, values: unknown[]): Promise<Rows> {
  return (await runStatement(manager, sql, values)) as Rows;
}

/** An INSERT or UPDATE, in the caller's transaction: the one way to write. */
export async function runWrite(
  tx: EntityManager,
  sql: string,
  values: unknown[],
  name: string,
): Promise<WriteResult> {
  const runner = transactionRunner(tx);
  if (!runner?.isTransactionActive) throw new Error(`The write ${name} is outside a transaction`);
  if (dialectOf(tx).name === 'mysql') {
    const header = (await runStatement(tx, sql, values)) as MysqlWriteHeader;
    return { affected: header.affectedRows, insertId: header.insertId };
  }
  // better-sqlite3 answers with the number of changes and the last rowid.
  const result = (await runner.query(sql, values, true)) as QueryResult;
  return { affected: result.affected ?? 0, insertId: Number(result.raw as number | bigint) };
}
