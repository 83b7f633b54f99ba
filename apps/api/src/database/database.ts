import { Mutex } from 'async-mutex';
import type { DataSource, EntityManager } from 'typeorm';
import { isTransientDatabaseError } from './database-errors';
import { dialectOf, type Dialect } from './dialect';

const MAX_ATTEMPTS = 5;

/** What a transaction attempt came to: committed, or failed (transient: retried unless it was the last). */
export interface TransactionAttempt {
  outcome: 'committed' | 'failed';
  transient: boolean;
  error?: unknown;
}

type AttemptListener = (attempt: TransactionAttempt) => void;
const attemptListeners = new Set<AttemptListener>();

/**
 * Hears every transaction attempt of every Database in this process (the reliability suite counts the
 * retries inside each API process this way). Returns the function that stops it.
 */
export function onTransactionAttempt(listener: AttemptListener): () => void {
  attemptListeners.add(listener);
  return () => attemptListeners.delete(listener);
}

function report(attempt: TransactionAttempt): void {
  for (const listener of attemptListeners) listener(attempt);
}

/**
 * The one way to write: `transaction()` runs the work in a transaction and retries it whole when the
 * database reports a deadlock, lock wait timeout or busy file.
 */
export class Database {
  readonly dialect: 'sqlite' | 'mysql';
  /** What the database can do, where the two differ (dialect.ts). */
  readonly sql: Dialect;
  // TypeORM drives SQLite through a single connection: two interleaved transactions would nest as
  // savepoints of one another. SQLite has one writer anyway, so writes queue here instead.
  private readonly sqliteWriteLock = new Mutex();

  constructor(readonly dataSource: DataSource) {
    this.sql = dialectOf(dataSource);
    this.dialect = this.sql.name;
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.runOnce(work);
        if (attemptListeners.size > 0) report({ outcome: 'committed', transient: false });
        return result;
      } catch (err) {
        const transient = isTransientDatabaseError(err);
        if (attemptListeners.size > 0) report({ outcome: 'failed', transient, error: err });
        if (attempt >= MAX_ATTEMPTS || !transient) throw err;
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
