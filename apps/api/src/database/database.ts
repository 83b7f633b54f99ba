import { Mutex } from 'async-mutex';
import type { DataSource, EntityManager } from 'typeorm';
import { isTransientDatabaseError } from './database-errors';

const MAX_ATTEMPTS = 5;

/**
 * The one way to write: `transaction()` runs the work in a transaction and retries it whole when the
 * database reports a deadlock, lock wait timeout or busy file.
 */
export class Database {
  readonly dialect: 'sqlite' | 'mysql';
  // TypeORM drives SQLite through a single connection: two interleaved transactions would nest as
  // savepoints of one another. SQLite has one writer anyway, so writes queue here instead.
  private readonly sqliteWriteLock = new Mutex();

  constructor(readonly dataSource: DataSource) {
    this.dialect = dataSource.options.type === 'mysql' ? 'mysql' : 'sqlite';
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.runOnce(work);
      } catch (err) {
        if (attempt >= MAX_ATTEMPTS || !isTransientDatabaseError(err)) throw err;
        await sleep(5 * 2 ** attempt * Math.random());
      }
    }
  }

  private runOnce<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dialect === 'sqlite') {
      return this.sqliteWriteLock.runExclusive(() => this.dataSource.transaction(work));
    }
    // READ COMMITTED, set once per connection by useReadCommittedSessions.
    return this.dataSource.transaction(work);
  }

  async ping(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
