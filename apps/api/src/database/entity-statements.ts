import { EntityNotFoundError, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { dialectOf } from './dialect';
import { readRows, runWrite } from './driver-statements';
import { rows, write } from './queries';
import { rawEntityReader } from './raw-entity-reader';
import { statementVariants } from './statement';

/**
 * The entity manager's findOneBy, insert and update for equalities on columns, as declared
 * statements: each SQL is built once per entity and set of columns instead of on every call.
 * No null in `where`: `column = NULL` matches no row, so a null would silently find or update nothing.
 */
type Equalities = Record<string, string | number | boolean>;

const findOne = statementVariants<Equalities, [entity: string, columns: string, lock: boolean]>(
  'findOneBy',
  (manager, entity, columns, lock) => {
    const qb = manager.createQueryBuilder(entity, 'e').limit(1);
    for (const column of columns.split(',')) qb.andWhere(`e.${column} = :${column}`);
    return lock ? qb.setLock('pessimistic_write') : qb;
  },
);

/**
 * One row by equalities, or null. `lock`: hold the row for the rest of the transaction (FOR UPDATE
 * where the dialect needs it, see Dialect.locksReadRows).
 */
export async function findOneBy<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: Equalities,
  options: { lock?: boolean } = {},
): Promise<T | null> {
  const lock = (options.lock ?? false) && dialectOf(manager).locksReadRows;
  const name = nameOf(manager, entity);
  const [row] = await rows(manager, findOne, where, name, Object.keys(where).join(','), lock);
  return row ? rawEntityReader<T>(manager.connection, entity, 'e')(row) : null;
}

export async function findOneByOrFail<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: Equalities,
): Promise<T> {
  const found = await findOneBy(manager, entity, where);
  if (!found) throw new EntityNotFoundError(entity, where);
  return found;
}

const insert = statementVariants<ObjectLiteral, [entity: string, columns: string]>(
  'insertOne',
  (tx, entity, columns) =>
    tx
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(Object.fromEntries(columns.split(',').map((c) => [c, () => `:${c}`])) as never),
);

/** Inserts one row with the given columns (the generated id left out) and answers its id. */
export async function insertOne<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  values: Partial<T>,
): Promise<number> {
  return (await write(tx, insert, values, nameOf(tx, entity), Object.keys(values).join(','))).insertId;
}

const update = statementVariants<ObjectLiteral, [entity: string, changed: string, where: string]>(
  'updateBy',
  (tx, entity, changed, where) => {
    const metadata = tx.connection.getMetadata(entity);
    const column = (property: string) => {
      const found = metadata.findColumnWithPropertyName(property);
      if (!found) throw new Error(`${metadata.name} has no column ${property}`);
      return found.databaseName;
    };
    const qb = tx
      .createQueryBuilder()
      .update(entity)
      .set(Object.fromEntries(changed.split(',').map((c) => [c, () => `:set_${c}`])) as never);
    for (const w of where.split(',')) qb.andWhere(`${column(w)} = :where_${w}`);
    return qb;
  },
);

/** Sets `changes` on the rows matching `where`; answers how many rows matched. */
export async function updateBy<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  where: Equalities,
  changes: Partial<T>,
): Promise<number> {
  const [whereColumns, changed] = [Object.keys(where), Object.keys(changes)];
  const parameters = Object.fromEntries([
    ...changed.map((c) => [`set_${c}`, changes[c]]),
    ...whereColumns.map((w) => [`where_${w}`, where[w]]),
  ]);
  return (await write(tx, update, parameters, nameOf(tx, entity), changed.join(','), whereColumns.join(',')))
    .affected;
}

/**
 * Adds one to a counter column of one row and answers the new value, in one statement (see
 * Dialect.incrementSql): for numbers a rollback must give back.
 */
export async function incrementColumn<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  property: keyof T & string,
  id: number,
): Promise<number> {
  const metadata = tx.connection.getMetadata(entity);
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${metadata.name} has no column ${property}`);
  const { sql, returns } = dialectOf(tx).incrementSql(metadata.tableName, column.databaseName);
  const value =
    returns === 'insertId'
      ? (await runWrite(tx, sql, [id], `increment ${metadata.name}.${property}`)).insertId
      : (await readRows(tx, sql, [id]))[0]?.['value'];
  if (!value) throw new Error(`${metadata.name} ${id} has no ${property} to increment`);
  return Number(value);
}

// By entity class: asking the DataSource for an entity's metadata searches its metadata list, and
// findOneBy / insertOne / updateBy run several times in every request. One name per class, whatever
// the DataSource: the entities' metadata comes from their decorators.
const names = new Map<EntityTarget<ObjectLiteral>, string>();

function nameOf(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): string {
  let name = names.get(entity);
  if (name === undefined) names.set(entity, (name = manager.connection.getMetadata(entity).name));
  return name;
}
