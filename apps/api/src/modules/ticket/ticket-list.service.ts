import type { SelectQueryBuilder } from 'typeorm';
import type { Database } from '../../database/database';
import { decodeCursor } from '../../common/pagination/cursor';
import { toPage, type Page } from '../../common/pagination/page';
import type { AccessService, Viewer } from '../workspace/access.service';
import { TicketEntity } from './ticket.entity';
import { TicketView } from './ticket.enums';

/**
 * Every list is keyset-paginated over an index that matches its order (see the initial migration):
 * one query for the page and one for the total, whatever the page size.
 */
export class TicketListService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
  ) {}

  async list(viewer: Viewer | null, workspaceId: string, view: TicketView, first: number, after?: string | null): Promise<Page<TicketEntity>> {
    const member = await this.access.requireMember(viewer, workspaceId);
    const base = () => {
      const qb = this.tickets().where('t.workspaceId = :ws', { ws: member.workspaceId });
      if (view !== TicketView.ALL) qb.andWhere('t.isOpen = :open', { open: true });
      if (view === TicketView.MINE) qb.andWhere('t.assigneeId = :me', { me: member.id });
      if (view === TicketView.UNASSIGNED) qb.andWhere('t.assigneeId IS NULL');
      return qb;
    };
    return this.newestFirst(base, first, after);
  }

  /** URGENT first, then HIGH, NORMAL, LOW; oldest first within a priority. */
  async unassignedQueue(viewer: Viewer | null, workspaceId: string, first: number, after?: string | null): Promise<Page<TicketEntity>> {
    const member = await this.access.requireMember(viewer, workspaceId);
    const cursor = decodeCursor(after, ['p', 'id'] as const);
    const base = () =>
      this.tickets()
        .where('t.workspaceId = :ws', { ws: member.workspaceId })
        .andWhere('t.isOpen = :open', { open: true })
        .andWhere('t.assigneeId IS NULL');
    const page = base().orderBy('t.priority', 'DESC').addOrderBy('t.id', 'ASC').take(first + 1);
    if (cursor) page.andWhere('(t.priority < :p OR (t.priority = :p AND t.id > :id))', cursor);
    const [rows, total] = await Promise.all([page.getMany(), base().getCount()]);
    return toPage(rows, first, total, (t) => ({ p: t.priority, id: t.id }));
  }

  /** A requester's tickets, newest first; the caller has already checked the viewer may see the requester. */
  byRequester(requesterId: number, first: number, after?: string | null): Promise<Page<TicketEntity>> {
    return this.newestFirst(() => this.tickets().where('t.requesterId = :requesterId', { requesterId }), first, after);
  }

  private tickets(): SelectQueryBuilder<TicketEntity> {
    return this.db.manager.getRepository(TicketEntity).createQueryBuilder('t');
  }

  private async newestFirst(base: () => SelectQueryBuilder<TicketEntity>, first: number, after?: string | null): Promise<Page<TicketEntity>> {
    const cursor = decodeCursor(after, ['id'] as const);
    const page = base().orderBy('t.id', 'DESC').take(first + 1);
    if (cursor) page.andWhere('t.id < :cursorId', { cursorId: cursor.id });
    const [rows, total] = await Promise.all([page.getMany(), base().getCount()]);
    return toPage(rows, first, total, (t) => ({ id: t.id }));
  }
}
