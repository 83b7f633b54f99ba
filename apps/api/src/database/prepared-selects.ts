import { type DataSource, type EntityManager, type EntityTarget, EntityNotFoundError, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { rawEntityReader } from './raw-entity-reader';

/**
 * SELECTs written with TypeORM's query builder, built once per shape and then only run. Building one
 * (aliases, joins, column lists, property names) took 20–40 µs of CPU on every request, more than the
 * database spends on the primary-key reads most requests make.
 *
 * A shape names everything that changes the SQL text (a list's view, whether a cursor is given, the
 * page size LIMIT writes into it; pages are capped at 100, so shapes number at most a few thousand); builders write every value as a :parameter and are given none, so
 * no request's values can be kept in the SQL another request runs. A parameter left out of `parameters`
 * stays in the SQL as `:name` and fails the query.
 */
export function preparedRows(
  manager: EntityManager,
  shape: string,
  build: () => Pick<SelectQueryBuilder<ObjectLiteral>, 'getQuery'>,
  parameters: ObjectLiteral,
): Promise<Record<string, unknown>[]> {
  return manager.query(...preparedQuery(manager, shape, build, parameters));
}

/**
 * The SQL of preparedRows with its values bound as positional `?` (both drivers' placeholder), not
 * run: for a caller that runs several shapes as one statement.
 */
export function preparedQuery(
  manager: EntityManager,
  shape: string,
  build: () => Pick<SelectQueryBuilder<ObjectLiteral>, 'getQuery'>,
  parameters: ObjectLiteral,
): [sql: string, values: unknown[]] {
  const dataSource = manager.connection;
  const built = builtFor(dataSource);
  let sql = built.get(shape);
  if (sql === undefined) {
    sql = build().getQuery();
    built.set(shape, sql);
  }
  return dataSource.driver.escapeQueryWithParameters(sql, parameters, {});
}

type Equalities = Record<string, string | number | boolean>;

/** manager.findOneBy for equalities on columns, with its SELECT built once per entity and set of columns. */
export async function findOneBy<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, where: Equalities): Promise<T | null> {
  const metadata = manager.connection.getMetadata(entity);
  const columns = Object.keys(where);
  const build = () => {
    const qb = manager.createQueryBuilder(entity, 'e').limit(1);
    for (const column of columns) qb.andWhere(`e.${column} = :${column}`);
    return qb;
  };
  const [row] = await preparedRows(manager, `findOneBy:${metadata.name}:${columns.join(',')}`, build, where);
  return row ? readerFor<T>(manager.connection, entity)(row) : null;
}

export async function findOneByOrFail<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, where: Equalities): Promise<T> {
  const found = await findOneBy(manager, entity, where);
  if (!found) throw new EntityNotFoundError(entity, where);
  return found;
}

const sqlByDataSource = new WeakMap<DataSource, Map<string, string>>();
const readersByDataSource = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, (row: Record<string, unknown>) => ObjectLiteral>>();

function builtFor(dataSource: DataSource): Map<string, string> {
  let built = sqlByDataSource.get(dataSource);
  if (!built) sqlByDataSource.set(dataSource, (built = new Map()));
  return built;
}

function readerFor<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>): (row: Record<string, unknown>) => T {
  let readers = readersByDataSource.get(dataSource);
  if (!readers) readersByDataSource.set(dataSource, (readers = new Map()));
  let read = readers.get(entity);
  if (!read) readers.set(entity, (read = rawEntityReader(dataSource, entity, 'e')));
  return read as (row: Record<string, unknown>) => T;
}
