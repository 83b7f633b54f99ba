import type { Database } from '../../src/database/database';

/** A statement the server sent, with the values bound to it. */
export interface SentStatement {
  sql: string;
  parameters: unknown[];
}

/**
 * The SQL statements the server sends while `work` runs. Every TypeORM query runner (better-sqlite3
 * and each pooled MySQL one) calls dataSource.logger.logQuery before it executes a statement,
 * whatever the logging option, so wrapping that one method sees every query on both dialects.
 */
export async function statementsSentDuring(
  db: Database,
  work: () => Promise<unknown>,
): Promise<SentStatement[]> {
  const logger = db.dataSource.logger;
  const original = logger.logQuery;
  const seen: SentStatement[] = [];
  logger.logQuery = function (this: unknown, query: string, parameters?: unknown[], ...rest: unknown[]) {
    seen.push({ sql: query, parameters: parameters ?? [] });
    return (original as (...args: unknown[]) => unknown).call(this, query, parameters, ...rest);
  } as typeof logger.logQuery;
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return seen;
}

/** The SQL text of statementsSentDuring. */
export async function statementsDuring(db: Database, work: () => Promise<unknown>): Promise<string[]> {
  return (await statementsSentDuring(db, work)).map((statement) => statement.sql);
}

/** Rows per table, to show that a refused operation wrote nothing. */
export async function rowCounts(db: Database, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = (await db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as {
      n: number | string;
    }[];
    counts[table] = Number(row?.n);
  }
  return counts;
}
