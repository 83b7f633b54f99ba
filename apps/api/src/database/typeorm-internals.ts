import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { DateUtils } from 'typeorm/util/DateUtils';

/**
 * Every place Deskline relies on something of TypeORM that is not its documented API, in one file,
 * each checked by typeorm-internals.test.ts (on SQLite and MySQL): an upgrade that changes one fails
 * there, by name, instead of somewhere in a request. Nothing else imports typeorm/… deep paths or
 * casts TypeORM objects to reach inside them.
 */

export type { ColumnMetadata };

/** A mysql2 connection: what a transaction runs on, or what the pool lends. */
export interface MysqlConnection {
  query(sql: string, values: unknown[], callback: (err: Error | null, result: unknown) => void): unknown;
  query(sql: string, callback: (err: Error | null) => void): unknown;
  release(): void;
}

/** The mysql2 pool TypeORM's MySQL driver keeps. */
export interface MysqlPool {
  getConnection(callback: (err: Error | null, connection: MysqlConnection) => void): void;
  on(event: 'acquire', listener: (connection: MysqlConnection) => void): unknown;
}

/** The pool of an initialized MySQL DataSource (`MysqlDriver.pool`). */
export function mysqlPool(dataSource: DataSource): MysqlPool {
  const pool = (dataSource.driver as unknown as { pool?: MysqlPool }).pool;
  if (!pool) throw new Error('The MySQL driver has no connection pool: is the DataSource initialized?');
  return pool;
}

/** The mysql2 connection an open transaction runs on (`MysqlQueryRunner.databaseConnection`). */
export function transactionConnection(runner: QueryRunner): MysqlConnection | undefined {
  return (runner as unknown as { databaseConnection?: MysqlConnection }).databaseConnection;
}

/** The manager's own query runner when it belongs to a transaction (`EntityManager.queryRunner`). */
export function transactionRunner(manager: EntityManager): QueryRunner | undefined {
  return manager.queryRunner;
}

/**
 * The name getRawMany() and getQuery() give a selected column of an alias: `<alias>_<column>`
 * (TypeORM's DriverUtils.buildAlias without a length limit, as both drivers here use it).
 */
export function rawColumnName(alias: string, column: ColumnMetadata): string {
  return `${alias}_${column.databaseName}`;
}

/** A date as TypeORM stores a datetime on SQLite: UTC text with milliseconds. */
export function sqliteDatetime(date: Date): string {
  return DateUtils.mixedDateToUtcDatetimeString(date) as string;
}
