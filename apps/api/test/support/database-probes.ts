import type { Database } from '../../src/database/database';

/**
 * The SQL statements the server sends while `work` runs. Every TypeORM query runner (better-sqlite3
 * and each pooled MySQL one) calls dataSource.logger.logQuery before it executes a statement,
 * whatever the logging option, so wrapping that one method sees every query on both dialects.
 */
export async function statementsDuring(db: Database, work: () => Promise<unknown>): Promise<string[]> {
  const logger = db.dataSource.logger;
  const original = logger.logQuery;
  const seen: string[] = [];
  logger.logQuery = function (this: unknown, query: string, ...rest: unknown[]) {
    seen.push(query);
    return (original as (...args: unknown[]) => unknown).call(this, query, ...rest);
  } as typeof logger.logQuery;
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return seen;
}

/** Rows per table, to show that a refused operation wrote nothing. */
export async function rowCounts(db: Database, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = (await db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: number | string }[];
    counts[table] = Number(row?.n);
  }
  return counts;
}
