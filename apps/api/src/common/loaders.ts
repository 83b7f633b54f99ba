import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import type { Database } from '../database/database';
import { readRows } from '../database/driver-statements';
import { rawEntityReader } from '../database/raw-entity-reader';
import type { RequestDeadline } from './execution-deadline';
import type { Page } from './pagination/page';
import { AgentEntity } from '../modules/agent/agent.entity';
import { AssignmentEventEntity } from '../modules/assignment/assignment-event.entity';
import { CategoryEntity } from '../modules/category/category.entity';
import { MemberEntity } from '../modules/member/member.entity';
import { MessageEntity } from '../modules/message/message.entity';
import { RequesterEntity } from '../modules/requester/requester.entity';
import type { RequesterPageRequest, TicketListService } from '../modules/ticket/ticket-list.service';
import type { TicketEntity } from '../modules/ticket/ticket.entity';
import { WorkspaceEntity } from '../modules/workspace/workspace.entity';

type WithId = ObjectLiteral & { id: number };

/** One `WHERE id IN (…)` per entity per tick, however many rows of a list ask. */
function byId<T extends WithId>(db: Database, entity: EntityTarget<T>, deadline: RequestDeadline): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    deadline.check();
    const rows = await db.manager.findBy(entity, { id: In([...ids]) } as FindOptionsWhere<T>);
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

// Generating a reader compiles a function: once per entity and DataSource, not per request.
const childReaders = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, (row: Record<string, unknown>) => ObjectLiteral>>();

function childReader<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>): (row: Record<string, unknown>) => T {
  let readers = childReaders.get(dataSource);
  if (!readers) childReaders.set(dataSource, (readers = new Map()));
  let read = readers.get(entity as EntityTarget<ObjectLiteral>);
  if (!read) readers.set(entity as EntityTarget<ObjectLiteral>, (read = rawEntityReader(dataSource, entity, 'c')));
  return read as (row: Record<string, unknown>) => T;
}

/** A page of one parent's children, oldest first: at most `first`, after the child `afterId` when given. */
export interface ChildPageRequest {
  parentId: number;
  first: number;
  afterId: number | null;
}

/**
 * The pages of many parents' children in one statement: a UNION ALL of one LIMITed part per parent,
 * so a ticket with thousands of messages never loads more than its page.
 */
function childPages<T extends WithId>(
  db: Database,
  entity: EntityTarget<T>,
  key: keyof T & string,
  deadline: RequestDeadline,
): DataLoader<ChildPageRequest, T[], string> {
  return new DataLoader(
    async (requests) => {
      deadline.check();
      const read = childReader(db.dataSource, entity);
      const parts = requests.map(({ parentId, first, afterId }, i) => {
        const part = db.manager.createQueryBuilder(entity, 'c').where(`c.${key} = :parent${i}`, { [`parent${i}`]: parentId });
        if (afterId !== null) part.andWhere(`c.id > :after${i}`, { [`after${i}`]: afterId });
        return part.orderBy('c.id', 'ASC').limit(first);
      });
      const sql = parts.map((part, i) => `SELECT ${i} AS part, p${i}.* FROM (${part.getQuery()}) p${i}`).join(' UNION ALL ');
      const parameters = Object.assign({}, ...parts.map((part) => part.getParameters())) as ObjectLiteral;
      const rows = await readRows(db.manager, ...db.dataSource.driver.escapeQueryWithParameters(sql, parameters, {}));
      const pages = requests.map((): T[] => []);
      for (const row of rows) pages[Number(row['part'])]?.push(read(row));
      return pages.map((page) => page.sort((a, b) => a.id - b.id)); // UNION ALL keeps no order
    },
    {
      cacheKeyFn: ({ parentId, first, afterId }) => `${parentId}:${first}:${afterId ?? ''}`,
      // One part per parent: SQLite allows 500 in a compound statement.
      maxBatchSize: 100,
    },
  );
}

/** Requester.tickets for every requester of a response in one batch (TicketListService.byRequesters). */
function ticketsByRequester(ticketLists: Pick<TicketListService, 'byRequesters'>, deadline: RequestDeadline) {
  return new DataLoader<RequesterPageRequest, Page<TicketEntity>, string>(async (requests) => {
    deadline.check();
    return ticketLists.byRequesters(requests);
  }, {
    cacheKeyFn: ({ requesterId, first, after }) => `${requesterId}:${first}:${after ?? ''}`,
    // Each is a part of one UNION ALL: SQLite allows 500 in a statement.
    maxBatchSize: 100,
  });
}

/** A request's loaders; once its deadline has passed (execution-deadline.ts), they read nothing more. */
export function createLoaders(db: Database, ticketLists: Pick<TicketListService, 'byRequesters'>, deadline: RequestDeadline) {
  return {
    agent: byId(db, AgentEntity, deadline),
    workspace: byId(db, WorkspaceEntity, deadline),
    member: byId(db, MemberEntity, deadline),
    category: byId(db, CategoryEntity, deadline),
    requester: byId(db, RequesterEntity, deadline),
    messagesByTicket: childPages(db, MessageEntity, 'ticketId', deadline),
    assignmentsByTicket: childPages(db, AssignmentEventEntity, 'ticketId', deadline),
    ticketsByRequester: ticketsByRequester(ticketLists, deadline),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Rows a use case has just read or written, so the fields of its payload need no second read. */
export function primeLoaders(loaders: Loaders, rows: { requesters?: RequesterEntity[]; members?: (MemberEntity | null)[] }): void {
  for (const r of rows.requesters ?? []) loaders.requester.clear(r.id).prime(r.id, r);
  for (const m of rows.members ?? []) if (m) loaders.member.clear(m.id).prime(m.id, m);
}
