import type { DataSource, EntityManager } from 'typeorm';
import { sqliteDatetime } from './typeorm-internals';

/**
 * Everything that differs between the two databases Deskline runs on, in one object per database.
 * Code outside database/ never asks which database it is on; it asks the dialect what it can do.
 */
export interface Dialect {
  readonly name: 'mysql' | 'sqlite';
  /**
   * Whether a read that must hold its row for the rest of the transaction says FOR UPDATE. MySQL
   * needs it; SQLite's write transactions already run one at a time (and it has no FOR UPDATE).
   * FOR UPDATE rather than a shared lock: MySQL 8 and MariaDB spell the shared one differently.
   */
  readonly locksReadRows: boolean;
  /**
   * Whether a keyset condition over two columns (`a <= :a AND (a < :a OR (a = :a AND b > :b))`) is
   * read as one exact range of an index on (a, b). SQLite reads it from the start of `a`'s range, so
   * a page deep in a large `a` reads every row before the cursor: there it is asked as two ranges.
   */
  readonly seeksTwoColumnKeyset: boolean;
  /**
   * `UPDATE <table> SET <column> = <column> + 1 WHERE id = ?` answering the new value in the same
   * statement: MySQL through LAST_INSERT_ID(expr), SQLite through RETURNING (MariaDB has no UPDATE …
   * RETURNING).
   */
  incrementSql(table: string, column: string): { sql: string; returns: 'insertId' | 'row' };
  /**
   * A value as the driver binds it for the column types written here (datetime(3), boolean, integer,
   * varchar, text): mysql2 writes dates (in the connection's time zone, UTC) and booleans itself;
   * on SQLite they are stored as TypeORM stores them, booleans as 0/1 and datetimes as UTC text.
   */
  bindValue(value: unknown): unknown;
  /** Whether a backslash escapes the next character inside a string literal (MySQL) or is itself (SQLite). */
  readonly backslashEscapes: boolean;
}

const mysql: Dialect = {
  name: 'mysql',
  locksReadRows: true,
  seeksTwoColumnKeyset: true,
  incrementSql: (table, column) => ({
    sql: `UPDATE ${table} SET ${column} = LAST_INSERT_ID(${column} + 1) WHERE id = ?`,
    returns: 'insertId',
  }),
  bindValue: (value) => value,
  backslashEscapes: true,
};

const sqlite: Dialect = {
  name: 'sqlite',
  locksReadRows: false,
  seeksTwoColumnKeyset: false,
  incrementSql: (table, column) => ({
    sql: `UPDATE ${table} SET ${column} = ${column} + 1 WHERE id = ? RETURNING ${column} AS value`,
    returns: 'row',
  }),
  bindValue: (value) => {
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (value instanceof Date) return sqliteDatetime(value);
    return value;
  },
  backslashEscapes: false,
};

export function dialectOf(source: DataSource | EntityManager): Dialect {
  const options = (source as EntityManager).connection?.options ?? (source as DataSource).options;
  return options.type === 'mysql' ? mysql : sqlite;
}
