import type { EntityManager } from 'typeorm';
import { dialectOf } from './dialect';
import { readRows, runWrite, type WriteResult } from './driver-statements';
import { bindParameters } from './sql-parameters';
import type { Statement, Variant } from './statement';

export type { WriteResult };
export type Row = Record<string, unknown>;

/** A statement's SQL with its values, positional, as the driver takes them. */
export interface BoundSql {
  sql: string;
  values: unknown[];
}

/** Binds a declared statement's parameters, without running it: for statements composed of several. */
export function bound<P extends object, V extends Variant>(
  manager: EntityManager,
  statement: Statement<P, V>,
  parameters: P,
  ...variant: V
): BoundSql {
  const dialect = dialectOf(manager);
  const [sql, values] = bindParameters(
    statement.parsed(manager, variant),
    parameters as Record<string, unknown>,
    dialect.bindValue,
  );
  return { sql, values };
}

/** Runs a declared SELECT. */
export async function rows<P extends object, V extends Variant>(
  manager: EntityManager,
  statement: Statement<P, V>,
  parameters: P,
  ...variant: V
): Promise<Row[]> {
  const { sql, values } = bound(manager, statement, parameters, ...variant);
  return readRows(manager, sql, values);
}

/** Runs a declared INSERT or UPDATE in the caller's transaction. */
export async function write<P extends object, V extends Variant>(
  tx: EntityManager,
  statement: Statement<P, V>,
  parameters: P,
  ...variant: V
): Promise<WriteResult> {
  const { sql, values } = bound(tx, statement, parameters, ...variant);
  return runWrite(tx, sql, values, statement.name);
}

/**
 * Several bound SELECTs as one statement, each row tagged with the index of its part (`part`): one
 * round trip for the pages of many parents, each part still reading only its own LIMIT. UNION ALL
 * keeps no order: callers sort each part's rows. SQLite allows 500 parts in a compound statement.
 */
export async function unionAllRows(manager: EntityManager, parts: BoundSql[]): Promise<Row[]> {
  if (parts.length === 0) return [];
  const sql = parts
    .map((part, i) => `SELECT ${i} AS part, p${i}.* FROM (${part.sql}) p${i}`)
    .join(' UNION ALL ');
  return readRows(
    manager,
    sql,
    parts.flatMap((part) => part.values),
  );
}
