import DataLoader from 'dataloader';
import { In, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import type { Database } from '../database/database';
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
function byId<T extends WithId>(db: Database, entity: EntityTarget<T>): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.manager.findBy(entity, { id: In([...ids]) } as FindOptionsWhere<T>);
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** One `WHERE key IN (…)` for the children of many parents, oldest first. */
function childrenOf<T extends WithId>(db: Database, entity: EntityTarget<T>, key: keyof T & string): DataLoader<number, T[]> {
  return new DataLoader(async (parents) => {
    const rows = await db.manager.find(entity, {
      where: { [key]: In([...parents]) } as FindOptionsWhere<T>,
      order: { id: 'ASC' } as never,
    });
    const groups = new Map<number, T[]>(parents.map((p) => [p, []]));
    for (const row of rows) groups.get(row[key] as number)?.push(row);
    return parents.map((p) => groups.get(p) ?? []);
  });
}

/** Requester.tickets for every requester of a response in one batch (TicketListService.byRequesters). */
function ticketsByRequester(ticketLists: Pick<TicketListService, 'byRequesters'>) {
  return new DataLoader<RequesterPageRequest, Page<TicketEntity>, string>((requests) => ticketLists.byRequesters(requests), {
    cacheKeyFn: ({ requesterId, first, after }) => `${requesterId}:${first}:${after ?? ''}`,
    // Each is a part of one UNION ALL: SQLite allows 500 in a statement.
    maxBatchSize: 100,
  });
}

export function createLoaders(db: Database, ticketLists: Pick<TicketListService, 'byRequesters'>) {
  return {
    agent: byId(db, AgentEntity),
    workspace: byId(db, WorkspaceEntity),
    member: byId(db, MemberEntity),
    category: byId(db, CategoryEntity),
    requester: byId(db, RequesterEntity),
    messagesByTicket: childrenOf(db, MessageEntity, 'ticketId'),
    assignmentsByTicket: childrenOf(db, AssignmentEventEntity, 'ticketId'),
    ticketsByRequester: ticketsByRequester(ticketLists),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Rows a use case has just read or written, so the fields of its payload need no second read. */
export function primeLoaders(loaders: Loaders, rows: { requesters?: RequesterEntity[]; members?: (MemberEntity | null)[] }): void {
  for (const r of rows.requesters ?? []) loaders.requester.clear(r.id).prime(r.id, r);
  for (const m of rows.members ?? []) if (m) loaders.member.clear(m.id).prime(m.id, m);
}
