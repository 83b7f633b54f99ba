import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Reads entities from getRawMany() rows, in which TypeORM names the columns of alias `t` `t_<column>`:
 * for pages that join one-to-one rows in, which getMany() would fetch with a second, DISTINCT query.
 * Values go through the driver's own conversion (booleans, dates), as getMany() does. The column
 * list is looked up once, when the reader is made, not per row.
 */
export function rawEntityReader<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
): (row: Record<string, unknown>) => T {
  const metadata = dataSource.getMetadata(entity);
  const columns = metadata.columns.map((column) => ({ column, key: `${alias}_${column.databaseName}` }));
  return (row) => {
    const result = metadata.create() as Record<string, unknown>;
    for (const { column, key } of columns) {
      result[column.propertyName] = dataSource.driver.prepareHydratedValue(row[key], column);
    }
    return result as T;
  };
}
