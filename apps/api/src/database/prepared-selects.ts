import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * SELECTs written with TypeORM's query builder, built once per shape and then only run. Building one
 * (aliases, joins, column lists, property names) took 20–40 µs of CPU on every request, more than the
 * database spends on the primary-key reads most requests make.
 *
 * A shape names everything that changes the SQL text (a list's view, whether a cursor is given, the
 * page size LIMIT writes into it); builders write every value as a :parameter and are given none, so
 * no request's values can be kept in the SQL another request runs. A parameter left out of `parameters`
 * stays in the SQL as `:name` and fails the query.
 */
export class PreparedSelects {
  private readonly sql = new Map<string, string>();

  constructor(private readonly dataSource: DataSource) {}

  rows(
    manager: EntityManager,
    shape: string,
    build: () => SelectQueryBuilder<ObjectLiteral>,
    parameters: ObjectLiteral,
  ): Promise<Record<string, unknown>[]> {
    let sql = this.sql.get(shape);
    if (sql === undefined) {
      sql = build().getQuery();
      this.sql.set(shape, sql);
    }
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters, {});
    return manager.query(query, values);
  }
}
