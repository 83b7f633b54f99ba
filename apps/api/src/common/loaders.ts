import DataLoader from 'dataloader';
import { In, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import type { Database } from '../database/database';
import { readRows } from '../database/driver-statements';
import { rawEntityReader } from '../database/raw-entity-reader';
import type { RequestDeadline } from './execution-deadline';
import { Page } from './pagination/page';
import type { ResponseBudget } from './response-budget';
import { AgentEntity } from '../modules/agent/agent.entity';
import { AssignmentEventEntity } from '../modules/assignment/assignment-event.entity';
import { CategoryEntity } from '../modules/category/category.entity';
import { MemberEntity } from '../modules/member/member.entity';
import { MessageEntity } from '../modules/message/message.entity';
import { RequesterEntity } from '../modules/requester/requester.entity';
import type { RequesterPageRequest, TicketListService } from '../modules/ticket/ticket-list.service';
import { emptyTicketPage, ticketPageText } from '../modules/ticket/ticket-page-text';
import type { TicketEntity } from '../modules/ticket/ticket.entity';
import { WorkspaceEntity } from '../modules/workspace/workspace.entity';

type WithId = ObjectLiteral & { id: number };

/** One `WHERE id IN (…)` per entity per tick, however many rows of a list ask. */
function byId<T extends WithId>(
  db: Database,
  entity: EntityTarget<T>,
  deadline: RequestDeadline,
): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    deadline.check();
    const rows = await db.manager.findBy(entity, { id: In([...ids]) } as FindOptionsWhere<T>);
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** A page of one parent's children, oldest first: at most `first`, after the child `afterId` when given. */
export interface ChildPageRequest {
  parentId: number;
  first: number;
  afterId: number | null;
}

/** A child row whose long text column was left out: its length stands in until the text is asked for. */
export type ChildRow<T> = T & { deferredTextLength?: number };

/**
 * The pages of many parents' children in one statement: a UNION ALL of one LIMITed part per parent,
 * so a ticket with thousands of messages never loads more than its page. A `deferredText` column is
 * not read, only its size in bytes: the text is loaded by id when a response asks for it, once
 * ResponseBudget has counted it. OCTET_LENGTH, on both databases: SQLite's LENGTH counts characters
 * and so reads the whole text (4.7 ms for 100 bodies of 64 KB, against 0.08).
 */
function childPages<T extends WithId>(
  db: Database,
  entity: EntityTarget<T>,
  key: keyof T & string,
  deadline: RequestDeadline,
  deferredText?: keyof T & string,
): DataLoader<ChildPageRequest, ChildRow<T>[], string> {
  return new DataLoader(
    async (requests) => {
      deadline.check();
      const read = rawEntityReader(db.dataSource, entity, 'c');
      const columns = db.dataSource
        .getMetadata(entity)
        .columns.filter((column) => column.propertyName !== deferredText);
      const parts = requests.map(({ parentId, first, afterId }, i) => {
        const part = db.manager
          .createQueryBuilder(entity, 'c')
          .select(columns.map((column) => `c.${column.propertyName}`))
          .where(`c.${key} = :parent${i}`, { [`parent${i}`]: parentId });
        if (deferredText) part.addSelect(`OCTET_LENGTH(c.${deferredText})`, 'c_deferred_text_length');
        if (afterId !== null) part.andWhere(`c.id > :after${i}`, { [`after${i}`]: afterId });
        return part.orderBy('c.id', 'ASC').limit(first);
      });
      const sql = parts
        .map((part, i) => `SELECT ${i} AS part, p${i}.* FROM (${part.getQuery()}) p${i}`)
        .join(' UNION ALL ');
      const parameters = Object.assign({}, ...parts.map((part) => part.getParameters())) as ObjectLiteral;
      const rows = await readRows(
        db.manager,
        ...db.dataSource.driver.escapeQueryWithParameters(sql, parameters, {}),
      );
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
function textById<T extends WithId>(
  db: Database,
  entity: EntityTarget<T>,
  column: keyof T & string,
  deadline: RequestDeadline,
  budget: ResponseBudget,
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

// Rows one statement of requester pages may read: 20 pages of 100, at most 64 MB of descriptions,
// before the budget is looked at again.
const MAX_ROWS_PER_READ = 2_100;
// More rows than a default page of a default page's requesters makes a heavy read (HeavyReadGate).
const MAX_ROWS_PER_LIGHT_READ = 26 * 26;

/**
 * Requester.tickets for every requester of a response in one batch (TicketListService.byRequesters),
 * read in statements of at most MAX_ROWS_PER_READ rows, one after another within the request's
 * budget: 100 requesters' pages of 100 could otherwise read 10,000 descriptions in one go.
 */
function ticketsByRequester(
  ticketLists: Pick<TicketListService, 'byRequesters'>,
  deadline: RequestDeadline,
  budget: ResponseBudget,
) {
  return new DataLoader<RequesterPageRequest, Page<TicketEntity>, string>(
    async (requests) => {
      deadline.check();
      const pages: (Page<TicketEntity> | Error)[] = [];
      for (const chunk of chunksOfRows(requests)) {
        const rows = chunk.reduce((sum, request) => sum + request.first + 1, 0);
        const read = await budget.serially(
          async () =>
            budget.exceeded ? chunk.map(() => emptyTicketPage()) : ticketLists.byRequesters(chunk),
          rows > MAX_ROWS_PER_LIGHT_READ,
        );
        for (const page of read) if (page instanceof Page) budget.spendOnce(page, ticketPageText(page));
        pages.push(...read);
      }
      return pages;
    },
    {
      cacheKeyFn: ({ requesterId, first, after }) => `${requesterId}:${first}:${after ?? ''}`,
      // Each is a part of one UNION ALL: SQLite allows 500 in a statement.
      maxBatchSize: 100,
    },
  );
}

function chunksOfRows(requests: readonly RequesterPageRequest[]): RequesterPageRequest[][] {
  const chunks: RequesterPageRequest[][] = [];
  let rows = Infinity;
  for (const request of requests) {
    if (rows + request.first + 1 > MAX_ROWS_PER_READ) {
      chunks.push([]);
      rows = 0;
    }
    chunks.at(-1)?.push(request);
    rows += request.first + 1;
  }
  return chunks;
}

/** A request's loaders; once its deadline has passed (execution-deadline.ts), they read nothing more; ticket pages stay within its budget. */
export function createLoaders(
  db: Database,
  ticketLists: Pick<TicketListService, 'byRequesters'>,
  deadline: RequestDeadline,
  budget: ResponseBudget,
) {
  return {
    agent: byId(db, AgentEntity, deadline),
    workspace: byId(db, WorkspaceEntity, deadline),
    member: byId(db, MemberEntity, deadline),
    category: byId(db, CategoryEntity, deadline),
    requester: byId(db, RequesterEntity, deadline),
    messagesByTicket: childPages(db, MessageEntity, 'ticketId', deadline, 'body'),
    messageBody: textById(db, MessageEntity, 'body', deadline, budget),
    assignmentsByTicket: childPages(db, AssignmentEventEntity, 'ticketId', deadline),
    ticketsByRequester: ticketsByRequester(ticketLists, deadline, budget),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Rows a use case has just read or written, so the fields of its payload need no second read. */
export function primeLoaders(
  loaders: Loaders,
  rows: { requesters?: RequesterEntity[]; members?: (MemberEntity | null)[] },
): void {
  for (const r of rows.requesters ?? []) loaders.requester.clear(r.id).prime(r.id, r);
  for (const m of rows.members ?? []) if (m) loaders.member.clear(m.id).prime(m.id, m);
}
