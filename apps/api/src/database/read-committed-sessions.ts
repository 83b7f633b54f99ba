import type { DataSource } from 'typeorm';
import { mysqlPool, type MysqlConnection } from './typeorm-internals';

const READ_COMMITTED_SESSION = 'SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED';

/**
 * Every MySQL connection runs its transactions READ COMMITTED: a read after waiting on a lock sees
 * the row the other transaction committed (find-or-create reads the winner's requester), and InnoDB
 * takes no gap locks. It is set once per connection, when the pool first hands it out, rather than
 * by a SET TRANSACTION before every transaction: one round trip fewer per write. A connection runs its
 * statements in order, so the SET queued here runs before the borrower's first one.
 */
export function useReadCommittedSessions(dataSource: DataSource): void {
  const pool = mysqlPool(dataSource);
  const configured = new WeakSet<MysqlConnection>();
  pool.on('acquire', (connection) => {
    if (configured.has(connection)) return;
    configured.add(connection);
    // On failure the connection is broken (the borrower's statement fails too); try again on its next use.
    connection.query(READ_COMMITTED_SESSION, (err) => {
      if (err) configured.delete(connection);
    });
  });
}
