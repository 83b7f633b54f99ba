import { EntityNotFoundError, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { preparedRows, preparedWrite } from './prepared-queries';
import { rawEntityReader } from './raw-entity-reader';

/**
 * The entity manager's findOneBy, insert and update for equalities on columns, prepared: each SQL is
 * built once per entity and set of columns (see prepared-queries.ts) instead of on every call.
 */
/** No null: `column = NULL` matches no row, so a null would silently find or update nothing. */
type Equalities = Record<string, string | number | boolean>;

export async function findOneBy<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: Equalities,
  options: { lockForUpdate?: boolean } = {},
): Promise<T | null> {
  const columns = Object.keys(where);
  const build = () => {
    const qb = manager.createQueryBuilder(entity, 'e').limit(1);
    for (const column of columns) qb.andWhere(`e.${column} = :${column}`);
    return options.lockForUpdate ? qb.setLock('pessimistic_write') : qb;
  };
  const shape = `findOneBy:${nameOf(manager, entity)}:${columns.join(',')}${options.lockForUpdate ? ':for-update' : ''}`;
  const [row] = await preparedRows(manager, shape, build, where);
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

/** Inserts one row with the given columns (the generated id left out) and answers its id. */
export async function insertOne<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  values: Partial<T>,
): Promise<number> {
  const columns = Object.keys(values);
  const build = () =>
    tx
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(Object.fromEntries(columns.map((c) => [c, () => `:${c}`])) as never);
  return (await preparedWrite(tx, `insert:${nameOf(tx, entity)}:${columns.join(',')}`, build, values))
    .insertId;
}

/** Sets `changes` on the rows matching `where`; answers how many rows matched. */
export async function updateBy<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  where: Equalities,
  changes: Partial<T>,
): Promise<number> {
  const [whereColumns, changed] = [Object.keys(where), Object.keys(changes)];
  const metadata = tx.connection.getMetadata(entity);
  const column = (property: string) => {
    const found = metadata.findColumnWithPropertyName(property);
    if (!found) throw new Error(`${metadata.name} has no column ${property}`);
    return found.databaseName;
  };
  const build = () => {
    const qb = tx
      .createQueryBuilder()
      .update(entity)
      .set(Object.fromEntries(changed.map((c) => [c, () => `:set_${c}`])) as never);
    for (const w of whereColumns) qb.andWhere(`${column(w)} = :where_${w}`);
    return qb;
  };
  const parameters = Object.fromEntries([
    ...changed.map((c) => [`set_${c}`, changes[c]]),
    ...whereColumns.map((w) => [`where_${w}`, where[w]]),
  ]);
  return (
    await preparedWrite(
      tx,
      `update:${metadata.name}:${changed.join(',')}:${whereColumns.join(',')}`,
      build,
      parameters,
    )
  ).affected;
}

function nameOf(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): string {
  return manager.connection.getMetadata(entity).name;
}
