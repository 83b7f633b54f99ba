import DataLoader from 'dataloader';
import { In, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { bound, rawEntityReader, statementVariants, unionAllRows, type Database } from '../database';
import type { RequestDeadline } from './execution-deadline';
import type { ResponseBudget } from './response-budget';

type WithId = ObjectLiteral & { id: number };

/**
 * What a module's loaders are made with: the request's database, deadline and budget. Each module
 * registers its loaders (its index.ts `loaders`), and modules/index.ts puts them together per request.
 * Once the deadline has passed (execution-deadline.ts) they read nothing more.
 */
export interface LoaderKit {
  db: Database;
  deadline: RequestDeadline;
  budget: ResponseBudget;
}

/** One `WHERE id IN (…)` per entity per tick, however many rows of a list ask. */
export function byId<T extends WithId>(
  { db, deadline }: LoaderKit,
  entity: EntityTarget<T>,
): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    deadline.check();
    const rows = await db.manager.findBy(entity, { id: In([...ids]) } as FindOptionsWhere<T>);
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Rows a use case has just read or written, so the fields of its payload need no second read. */
export function primeById<T extends WithId>(loader: DataLoader<number, T | null>, rows: (T | null)[]): void {
  for (const row of rows) if (row) loader.clear(row.id).prime(row.id, row);
}

/** A page of one parent's children, oldest first: at most `first`, after the child `afterId` when given. */
export interface ChildPageRequest {
  parentId: number;
  first: number;
  afterId: number | null;
}

/** A child row whose long text column was left out: its length stands in until the text is asked for. */
export type ChildRow<T> = T & { deferredTextLength?: number };

const childPage = statementVariants<
  { parent: number; after?: number },
  [entity: string, key: string, first: number, after: boolean, deferredText: string]
>('child page', (manager, entity, key, first, after, deferredText) => {
  const columns = manager.connection
    .getMetadata(entity)
    .columns.filter((column) => column.propertyName !== deferredText);
  const part = manager
    .createQueryBuilder(entity, 'c')
    .select(columns.map((column) => `c.${column.propertyName}`))
    .where(`c.${key} = :parent`);
  if (deferredText) part.addSelect(`OCTET_LENGTH(c.${deferredText})`, 'c_deferred_text_length');
  if (after) part.andWhere('c.id > :after');
  return part.orderBy('c.id', 'ASC').limit(first);
});

/**
 * The pages of many parents' children in one statement: a UNION ALL of one LIMITed part per parent,
 * so a ticket with thousands of messages never loads more than its page. A `deferredText` column is
 * not read, only its size in bytes: the text is loaded by id when a response asks for it, once
 * ResponseBudget has counted it. OCTET_LENGTH, on both databases: SQLite's LENGTH counts characters
 * and so reads the whole text (4.7 ms for 100 bodies of 64 KB, against 0.08).
 */
export function childPages<T extends WithId>(
  { db, deadline }: LoaderKit,
  entity: EntityTarget<T>,
  key: keyof T & string,
  deferredText?: keyof T & string,
): DataLoader<ChildPageRequest, ChildRow<T>[], string> {
  const name = db.dataSource.getMetadata(entity).name;
  return new DataLoader(
    async (requests) => {
      deadline.check();
      const read = rawEntityReader(db.dataSource, entity, 'c');
      const parts = requests.map(({ parentId, first, afterId }) =>
        bound(
          db.manager,
          childPage,
          afterId === null ? { parent: parentId } : { parent: parentId, after: afterId },
          name,
          key,
          first,
          afterId !== null,
          deferredText ?? '',
        ),
      );
      const rows = await unionAllRows(db.manager, parts);
      const pages = requests.map((): ChildRow<T>[] => []);
      for (const row of rows) {
        const child: ChildRow<T> = read(row);
        if (deferredText) child.deferredTextLength = Number(row['c_deferred_text_length']);
        pages[Number(row['part'])]?.push(child);
      }
      return pages.map((page) => page.sort((a, b) => a.id - b.id)); // UNION ALL keeps no order
    },
    {
      cacheKeyFn: ({ parentId, first, afterId }) => `${parentId}:${first}:${afterId ?? ''}`,
      // One part per parent: SQLite allows 500 in a compound statement.
      maxBatchSize: 100,
    },
  );
}

/** The long text of rows read without it (childPages' deferredText), by id; counted against the budget before it is asked for. */
export function textById<T extends WithId>(
  { db, deadline, budget }: LoaderKit,
  entity: EntityTarget<T>,
  column: keyof T & string,
): DataLoader<number, string | null> {
  return new DataLoader(async (ids) => {
    deadline.check();
    const rows = await budget.read(() =>
      db.manager.find(entity, {
        where: { id: In([...ids]) } as FindOptionsWhere<T>,
        select: { id: true, [column]: true } as never,
      }),
    );
    const found = new Map(rows.map((row) => [row.id, row[column] as string]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
