import type { DataSource, EntityManager } from 'typeorm';
import { dialectOf } from './dialect';
import { parsedSql, type ParsedSql } from './sql-parameters';

/** Any of TypeORM's query builders (SELECT, INSERT, UPDATE): only the SQL it writes is used. */
export interface BuildsSql {
  getQuery(): string;
}

/** What changes a statement's SQL text beyond its parameters: a page size in a LIMIT, a cursor or not … */
export type Variant = readonly (string | number | boolean)[];

/**
 * A statement a repository declares once, at the top of the file that runs it: its SQL, written by
 * TypeORM's query builder (or by hand), with every value a `:named` parameter. Building SQL took
 * 20–40 µs of CPU on every request, more than the database spends on the primary-key reads and
 * single-row writes most requests make: so a declaration builds its SQL on first use, once per
 * database and variant, and after that is only bound and run (statements.ts).
 *
 * The declaration itself is the key to its SQL (no caller-picked strings that two statements could
 * share), and the parsed SQL is cached by its text (sql-parameters.ts). Builders are given no values,
 * so no request's values can stay in the SQL another request runs; a write's builder writes each
 * value as `() => ':name'`. Values are bound as the dialect binds them (Dialect.bindValue), not
 * through TypeORM's per-column conversion: a column type needing more (JSON, transformers) must not
 * be written this way.
 */
export class Statement<P extends object, V extends Variant = []> {
  private readonly parsedByDataSource = new WeakMap<DataSource, Map<string, ParsedSql>>();

  constructor(
    /** For error messages and traces. */
    readonly name: string,
    private readonly build: (manager: EntityManager, ...variant: V) => BuildsSql | string,
  ) {}

  /** The parsed SQL of one variant on the manager's database. */
  parsed(manager: EntityManager, variant: V): ParsedSql {
    let byVariant = this.parsedByDataSource.get(manager.connection);
    if (!byVariant) this.parsedByDataSource.set(manager.connection, (byVariant = new Map()));
    const key = variant.length === 0 ? '' : variant.join('\u0000');
    let parsed = byVariant.get(key);
    if (parsed === undefined) {
      const built = this.build(manager, ...variant);
      const sql = typeof built === 'string' ? built : built.getQuery();
      byVariant.set(key, (parsed = parsedSql(sql, dialectOf(manager).backslashEscapes)));
    }
    return parsed;
  }

  /** Only a marker for TypeScript: the parameters this statement takes. */
  declare readonly parameters?: P;
}

/** Declares a statement whose SQL is always the same. */
export function statement<P extends object>(
  name: string,
  build: (manager: EntityManager) => BuildsSql | string,
): Statement<P> {
  return new Statement<P>(name, build);
}

/** Declares a statement whose SQL depends on a few values beyond its parameters (its variant). */
export function statementVariants<P extends object, V extends Variant>(
  name: string,
  build: (manager: EntityManager, ...variant: V) => BuildsSql | string,
): Statement<P, V> {
  return new Statement<P, V>(name, build);
}
