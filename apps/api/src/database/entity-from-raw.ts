import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity from a getRawMany() row, in which TypeORM names the columns of alias `t` `t_<column>`: for
 * pages that join one-to-one rows in, which getMany() would fetch with a second, DISTINCT query.
 * Values go through the driver's own conversion (booleans, dates), as getMany() does.
 */
export function entityFromRaw<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  row: Record<string, unknown>,
): T {
  const metadata = dataSource.getMetadata(entity);
  const result = metadata.create() as Record<string, unknown>;
  for (const column of metadata.columns) {
    result[column.propertyName] = dataSource.driver.prepareHydratedValue(row[`${alias}_${column.databaseName}`], column);
  }
  return result as T;
}
