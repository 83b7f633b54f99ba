import type { DataSource, EntityManager, ObjectLiteral, QueryResult } from 'typeorm';
import { DateUtils } from 'typeorm/util/DateUtils';
import { readRows, runStatement, type MysqlWriteHeader } from './driver-statements';

/** Any of TypeORM's query builders (SELECT, INSERT, UPDATE): only the SQL it writes is used. */
export interface BuildsSql {
  getQuery(): string;
}

/**
 * Statements written with TypeORM's query builder, built once per shape and then only run. Building
 * one (aliases, joins, column lists, property names) took 20–40 µs of CPU on every request, more than
 * the database spends on the primary-key reads and single-row writes most requests make.
 *
 * A shape names everything that changes the SQL text (a list's view, whether a cursor is given, the
 * page size LIMIT writes into it, the columns a write sets; pages are capped at 100, so shapes number
 * at most a few thousand). Builders write every value as a :parameter (in a write, as `() => ':name'`)
 * and are given none, so no request's values can be kept in the SQL another request runs. A parameter
 * left out of `parameters` stays in the SQL as `:name` and fails the statement.
 *
 * Values are bound as they are, not through TypeORM's per-column conversion: only dates and booleans
 * are turned into what both databases store for the column types used here (datetime(3), boolean,
 * integer, varchar, text). A column type needing more (JSON, transformers) must not be written this way.
 */
export async function preparedRows(
  manager: EntityManager,
  shape: string,
  build: () => BuildsSql,
  parameters: ObjectLiteral,
): Promise<Record<string, unknown>[]> {
  return readRows(manager, ...preparedQuery(manager, shape, build, parameters));
}

/** What a prepared INSERT or UPDATE did. */
export interface WriteResult {
  affected: number;
  /** The id an INSERT generated (0 for other statements on MySQL). */
  insertId: number;
}

/** An INSERT or UPDATE built once per shape (see preparedRows), in the caller's transaction. */
export async function preparedWrite(
  tx: EntityManager,
  shape: string,
  build: () => BuildsSql,
  parameters: ObjectLiteral,
): Promise<WriteResult> {
  const runner = tx.queryRunner;
  if (!runner?.isTransactionActive) throw new Error(`Prepared write ${shape} outside a transaction`);
  const [sql, values] = preparedQuery(tx, shape, build, parameters);
  if (tx.connection.options.type === 'mysql') {
    const header = (await runStatement(tx, sql, values)) as MysqlWriteHeader;
    return { affected: header.affectedRows, insertId: header.insertId };
  }
  // better-sqlite3 answers with the number of changes and the last rowid.
  const result = (await runner.query(sql, values, true)) as QueryResult;
  return { affected: result.affected ?? 0, insertId: Number(result.raw as number | bigint) };
}

/**
 * The SQL of a shape with its values bound as positional `?` (both drivers' placeholder), not run:
 * for a caller that runs several shapes as one statement.
 */
export function preparedQuery(
  manager: EntityManager,
  shape: string,
  build: () => BuildsSql,
  parameters: ObjectLiteral,
): [sql: string, values: unknown[]] {
  const dataSource = manager.connection;
  const compiled = compiledFor(dataSource);
  let statement = compiled.get(shape);
  if (statement === undefined) {
    statement = compile(build().getQuery());
    compiled.set(shape, statement);
  }
  return bind(statement, parameters, dataSource.options.type === 'mysql' ? asMysqlValue : asSqliteValue);
}

/**
 * The builder's SQL split at its :parameters, once per shape. Binding then costs one pass over the
 * parameter names; the driver's escapeQueryWithParameters ran a regular expression over the whole
 * SQL on every call, and on SQLite wrote numbers into the SQL text, so every id made a new statement
 * for SQLite to compile and TypeORM's statement cache (100 texts) never hit.
 */
interface CompiledStatement {
  /** The text around the parameters: one more than there are parameters. */
  texts: string[];
  parameters: { name: string; list: boolean }[];
  /** The SQL with every parameter a single `?`; null when a :...list parameter makes it vary. */
  fixed: string | null;
}

/** TypeORM's own parameter syntax (the pattern its drivers replace): `:name`, and `:...name` for a list. */
const PARAMETER = /:(\.\.\.)?([A-Za-z0-9_.]+)/g;

function compile(sql: string): CompiledStatement {
  const texts: string[] = [];
  const parameters: CompiledStatement['parameters'] = [];
  let end = 0;
  for (const match of sql.matchAll(PARAMETER)) {
    texts.push(sql.slice(end, match.index));
    parameters.push({ name: match[2] as string, list: match[1] !== undefined });
    end = (match.index ?? 0) + match[0].length;
  }
  texts.push(sql.slice(end));
  return { texts, parameters, fixed: parameters.some((p) => p.list) ? null : texts.join('?') };
}

function bind(
  statement: CompiledStatement,
  given: ObjectLiteral,
  toDriver: (value: unknown) => unknown,
): [string, unknown[]] {
  const values: unknown[] = [];
  let sql = statement.texts[0] ?? '';
  statement.parameters.forEach(({ name, list }, i) => {
    const value: unknown = given[name];
    if (value === undefined) throw new Error(`The SQL names :${name}, which was not given`);
    if (list) {
      if (!Array.isArray(value) || value.length === 0)
        throw new Error(`:...${name} needs a list of at least one value`);
      values.push(...value.map(toDriver));
      sql += value.map(() => '?').join(', ');
    } else {
      values.push(toDriver(value));
      sql += '?';
    }
    sql += statement.texts[i + 1] ?? '';
  });
  return [statement.fixed ?? sql, values];
}

/** mysql2 writes dates (in the connection's time zone, UTC) and booleans itself. */
const asMysqlValue = (value: unknown) => value;

/** As TypeORM stores them on SQLite: booleans as 0/1, datetimes as UTC text with milliseconds. */
const asSqliteValue = (value: unknown) => {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return DateUtils.mixedDateToUtcDatetimeString(value);
  return value;
};

const compiledByDataSource = new WeakMap<DataSource, Map<string, CompiledStatement>>();

function compiledFor(dataSource: DataSource): Map<string, CompiledStatement> {
  let compiled = compiledByDataSource.get(dataSource);
  if (!compiled) compiledByDataSource.set(dataSource, (compiled = new Map()));
  return compiled;
}
