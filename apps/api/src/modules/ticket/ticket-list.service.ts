import type { SelectQueryBuilder } from 'typeorm';
import type { Database } from '../../database/database';
import { decodeCursor } from '../../common/pagination/cursor';
import { rawEntityReader } from '../../database/raw-entity-reader';
import { toPage, type Page } from '../../common/pagination/page';
import type { AccessService, Viewer } from '../workspace/access.service';
import { MemberEntity } from '../member/member.entity';
import { RequesterEntity } from '../requester/requester.entity';
import { ticketCounts } from './ticket-counts';
import { TicketEntity } from './ticket.entity';
import { TicketView } from './ticket.enums';

/**
 * Every list is keyset-paginated over an index that matches its order (see the migrations): one
 * query for the page (with its requesters and assignees) and one for the total, whatever the page size.
 * Workspace-wide totals come from ticket_counts; the others (an agent's, a requester's) are small counts.
 */
export class TicketListService {
  private readonly readRow: (row: Record<string, unknown>) => TicketEntity;

  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
  ) {
    const ticket = rawEntityReader(db.dataSource, TicketEntity, 't');
    const requester = rawEntityReader(db.dataSource, RequesterEntity, 'r');
    const assignee = rawEntityReader(db.dataSource, MemberEntity, 'a');
    this.readRow = (row) => ({ ...ticket(row), requester: requester(row), assignee: row['a_id'] == null ? null : assignee(row) });
  }

  async list(viewer: Viewer | null, workspaceId: string, view: TicketView, first: number, after?: string | null): Promise<Page<TicketEntity>> {
    const member = this.access.requireMember(viewer, workspaceId);
    const base = () => {
      const qb = this.tickets().where('t.workspaceId = :ws', { ws: member.workspaceId });
      if (view !== TicketView.ALL) qb.andWhere('t.isOpen = :open', { open: true });
      if (view === TicketView.MINE) qb.andWhere('t.assigneeId = :me', { me: member.id });
      if (view === TicketView.UNASSIGNED) qb.andWhere('t.assigneeId IS NULL');
      return qb;
    };
    const total = async () => {
      if (view === TicketView.MINE) return base().getCount();
      const counts = await ticketCounts(this.db.manager, member.workspaceId);
      return view === TicketView.ALL ? counts.totalCount : view === TicketView.UNASSIGNED ? counts.unassignedCount : counts.openCount;
    };
    return this.newestFirst(base, total, first, after);
  }

  /** URGENT first, then HIGH, NORMAL, LOW; oldest first within a priority. */
  async unassignedQueue(viewer: Viewer | null, workspaceId: string, first: number, after?: string | null): Promise<Page<TicketEntity>> {
    const member = this.access.requireMember(viewer, workspaceId);
    const cursor = decodeCursor(after, ['p', 'id'] as const);
    const base = () =>
      this.tickets()
        .where('t.workspaceId = :ws', { ws: member.workspaceId })
        .andWhere('t.isOpen = :open', { open: true })
        .andWhere('t.assigneeId IS NULL');
    const page = withPeople(base()).orderBy('t.priority', 'DESC').addOrderBy('t.id', 'ASC').limit(first + 1);
    // The OR alone is what MariaDB turns into an exact index range; SQLite needs the redundant
    // priority bound to start at the cursor's priority rather than at the head of the queue.
    if (cursor) page.andWhere('t.priority <= :p AND (t.priority < :p OR (t.priority = :p AND t.id > :id))', cursor);
    const [rows, counts] = await Promise.all([this.ticketsWithPeople(page), ticketCounts(this.db.manager, member.workspaceId)]);
    return toPage(rows, first, counts.unassignedCount, (t) => ({ p: t.priority, id: t.id }));
  }

  /** A requester's tickets, newest first; the caller has already checked the viewer may see the requester. */
  byRequester(requesterId: number, first: number, after?: string | null): Promise<Page<TicketEntity>> {
    const base = () => this.tickets().where('t.requesterId = :requesterId', { requesterId });
    return this.newestFirst(base, () => base().getCount(), first, after);
  }

  private async ticketsWithPeople(page: SelectQueryBuilder<TicketEntity>): Promise<TicketEntity[]> {
    return (await page.getRawMany<Record<string, unknown>>()).map(this.readRow);
  }

  private tickets(): SelectQueryBuilder<TicketEntity> {
    return this.db.manager.getRepository(TicketEntity).createQueryBuilder('t');
  }

  private async newestFirst(
    base: () => SelectQueryBuilder<TicketEntity>,
    total: () => Promise<number>,
    first: number,
    after?: string | null,
  ): Promise<Page<TicketEntity>> {
    const cursor = decodeCursor(after, ['id'] as const);
    const page = withPeople(base()).orderBy('t.id', 'DESC').limit(first + 1);
    if (cursor) page.andWhere('t.id < :cursorId', { cursorId: cursor.id });
    const [rows, totalCount] = await Promise.all([this.ticketsWithPeople(page), total()]);
    return toPage(rows, first, totalCount, (t) => ({ id: t.id }));
  }
}

/**
 * Joins in the requester and assignee of each row, read with getRawMany(): one-to-one joins, so LIMIT
 * still counts tickets, and getMany() would add a DISTINCT query of its own for a joined page.
 */
function withPeople(qb: SelectQueryBuilder<TicketEntity>): SelectQueryBuilder<TicketEntity> {
  return qb
    .innerJoin(RequesterEntity, 'r', 'r.id = t.requesterId')
    .leftJoin(MemberEntity, 'a', 'a.id = t.assigneeId')
    .addSelect(['r', 'a']);
}
