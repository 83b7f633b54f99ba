import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';

export type Row = (string | number | null)[];

/** Bulk inserts of explicit-id rows; foreign-key and unique checks are off for the writer's session only. */
export interface TableWriter {
  write(table: string, columns: readonly string[], rows: Row[]): Promise<void>;
  /** Statements that are not bulk inserts (counters, ANALYZE). */
  execute(sql: string, params?: (string | number)[]): Promise<void>;
  close(): Promise<void>;
}

const MAX_IN_FLIGHT = 3;

/**
 * mysql2 `INSERT … VALUES ?` with nested arrays: one multi-row statement per batch, up to three
 * batches (of different tables) in flight on three connections while the next batch is generated.
 */
export class MysqlTableWriter implements TableWriter {
  private readonly pool: mysql.Pool;
  private readonly inFlight = new Set<Promise<void>>();
  private failure: unknown = null;

  constructor(url: string) {
    this.pool = mysql.createPool({
      uri: url,
      connectionLimit: MAX_IN_FLIGHT,
      timezone: 'Z',
      charset: 'utf8mb4',
    });
    // Session variables only: never the shared server's globals.
    this.pool.on('connection', (conn) => {
      conn.query('SET SESSION foreign_key_checks = 0, unique_checks = 0');
    });
  }

  async write(table: string, columns: readonly string[], rows: Row[]): Promise<void> {
    if (this.failure) throw this.failure;
    if (rows.length === 0) return;
    while (this.inFlight.size >= MAX_IN_FLIGHT) await Promise.race(this.inFlight);
    const sql = `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES ?`;
    const p: Promise<void> = this.pool
      .query(sql, [rows])
      .then(() => undefined)
      .catch((err: unknown) => {
        this.failure ??= err;
      })
      .finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
  }

  async execute(sql: string, params: (string | number)[] = []): Promise<void> {
    await this.drain();
    await this.pool.query(sql, params);
  }

  async close(): Promise<void> {
    await this.drain();
    await this.pool.end();
  }

  private async drain(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.failure) throw this.failure;
  }
}

/** better-sqlite3: one prepared single-row INSERT per table, each batch in one transaction. */
export class SqliteTableWriter implements TableWriter {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // The bench's own file, rebuilt by every seed: durability is not needed while filling it.
    this.db.pragma('synchronous = OFF');
    this.db.pragma('foreign_keys = OFF');
  }

  async write(table: string, columns: readonly string[], rows: Row[]): Promise<void> {
    const key = `${table}(${columns.join(',')})`;
    let stmt = this.statements.get(key);
    if (!stmt) {
      stmt = this.db.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      this.statements.set(key, stmt);
    }
    const insert = stmt;
    this.db.transaction((batch: Row[]) => {
      for (const row of batch) insert.run(row);
    })(rows);
  }

  async execute(sql: string, params: (string | number)[] = []): Promise<void> {
    this.db.prepare(sql).run(params);
  }

  async close(): Promise<void> {
    this.db.pragma('synchronous = FULL');
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }
}
