import type { SelectQueryBuilder } from 'typeorm';
import type { Database } from '../../database/database';
import { decodeCursor } from '../../common/pagination/cursor';
import { preparedQuery, preparedRows } from '../../database/prepared-queries';
import { readRows } from '../../database/driver-statements';
import { InvalidInput } from '../../common/errors';
import { rawEntityReader } from '../../database/raw-entity-reader';
import { Page } from '../../common/pagination/page';
import type { AccessService, Viewer } from '../workspace/access.service';
import { MemberEntity } from '../member/member.entity';
import { RequesterEntity } from '../requester/requester.entity';
import { MemberTicketCountsEntity } from './member-ticket-counts.entity';
import { TicketCountsEntity } from './ticket-counts.entity';
import { TicketEntity } from './ticket.entity';
import { TicketView } from './ticket.enums';

/** Which tickets a list holds: a view of a workspace's, or one requester's. */
type ListFilter = TicketView | 'REQUESTER';

/** One requester's page of tickets, as Requester.tickets asks for it. */
export interface RequesterPageRequest {
  requesterId: number;
  first: number;
  after?: string | null;
}

/** Parameters of every list query; each query uses those its SQL names. */
interface ListParameters {
  ws?: number;
  me?: number;
  open: boolean;
  cursorId?: number;
  p?: number;
  id?: number;
}

/**
 * Every list is keyset-paginated over an index that matches its order (see the migrations): one
 * query for the page (with its requesters and assignees) and one for the total, whatever the page size.
 * Workspace and member totals come from ticket_counts and member_ticket_counts; requesters' are small counts.
 * The queries are built once per shape, since lists are most of what agents request.
 */
export class TicketListService {
  private readonly readRow: (row: Record<string, unknown>) => TicketEntity;
  private readonly readCounts: (row: Record<string, unknown>) => TicketCountsEntity;

  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
  ) {
    const ticket = rawEntityReader(db.dataSource, TicketEntity, 't');
    const requester = rawEntityReader(db.dataSource, RequesterEntity, 'r');
    const assignee = rawEntityReader(db.dataSource, MemberEntity, 'a');
    this.readRow = (row) => {
      const read = ticket(row);
      read.requester = requester(row);
      read.assignee = row['a_id'] == null ? null : assignee(row);
      return read;
    };
    this.readCounts = rawEntityReader(db.dataSource, TicketCountsEntity, 'c');
  }

  async list(
    viewer: Viewer | null,
    workspaceId: string,
    view: TicketView,
    first: number,
    after?: string | null,
  ): Promise<Page<TicketEntity>> {
    const member = this.access.requireMember(viewer, workspaceId);
    const parameters: ListParameters = { ws: member.workspaceId, me: member.id, open: true };
    const total = async () => {
      if (view === TicketView.MINE) return this.openAssignedTo(member.id);
      const counts = await this.counts(member.workspaceId);
      return view === TicketView.ALL
        ? counts.totalCount
        : view === TicketView.UNASSIGNED
          ? counts.unassignedCount
          : counts.openCount;
    };
    return this.newestFirst(view, parameters, total, first, after);
  }

  /** URGENT first, then HIGH, NORMAL, LOW; oldest first within a priority. */
  async unassignedQueue(
    viewer: Viewer | null,
    workspaceId: string,
    first: number,
    after?: string | null,
  ): Promise<Page<TicketEntity>> {
    const member = this.access.requireMember(viewer, workspaceId);
    const cursor = decodeCursor(after, ['p', 'id'] as const);
    const parameters: ListParameters = { ws: member.workspaceId, open: true, ...cursor };
    const [rows, counts] = await Promise.all([
      cursor && this.db.dialect === 'sqlite'
        ? this.queueAfterInTwoRanges(first, parameters)
        : this.queueRows(cursor !== null, first, parameters),
      this.counts(member.workspaceId),
    ]);
    return Page.of(rows, first, counts.unassignedCount, (t) => ({ p: t.priority, id: t.id }));
  }

  private queuePage(first: number): SelectQueryBuilder<TicketEntity> {
    return withPeople(filtered(this.tickets(), TicketView.UNASSIGNED))
      .useIndex('ix_tickets_queue')
      .orderBy('t.priority', 'DESC')
      .addOrderBy('t.id', 'ASC')
      .limit(first + 1);
  }

  /** MariaDB/MySQL read the cursor's condition as one exact range of ix_tickets_queue. */
  private queueRows(
    afterCursor: boolean,
    first: number,
    parameters: ListParameters,
  ): Promise<TicketEntity[]> {
    const build = () =>
      afterCursor
        ? this.queuePage(first).andWhere(
            't.priority <= :p AND (t.priority < :p OR (t.priority = :p AND t.id > :id))',
          )
        : this.queuePage(first);
    return this.rows(`queue:${afterCursor ? 'after' : 'first'}:${first}`, build, parameters);
  }

  /**
   * SQLite reads that same condition from the start of the cursor's priority, so a page deep in a
   * large priority read every row of it before the cursor. Asked as its two ranges (the rest of the
   * cursor's priority, then the lower priorities), each is a seek that reads at most first + 1 rows.
   * UNION ALL keeps no order: the rows are put in queue order here.
   */
  private async queueAfterInTwoRanges(first: number, parameters: ListParameters): Promise<TicketEntity[]> {
    const ranges = [
      preparedQuery(
        this.db.manager,
        `queue:after-same-priority:${first}`,
        () => this.queuePage(first).andWhere('t.priority = :p AND t.id > :id'),
        parameters,
      ),
      preparedQuery(
        this.db.manager,
        `queue:after-lower-priority:${first}`,
        () => this.queuePage(first).andWhere('t.priority < :p'),
        parameters,
      ),
    ];
    const sql = ranges.map(([range], i) => `SELECT q${i}.* FROM (${range}) q${i}`).join(' UNION ALL ');
    const rows = (
      await readRows(
        this.db.manager,
        sql,
        ranges.flatMap(([, values]) => values),
      )
    ).map(this.readRow);
    return rows.sort((a, b) => b.priority - a.priority || a.id - b.id).slice(0, first + 1);
  }

  /**
   * Pages of the tickets of many requesters (Requester.tickets of every requester in a response),
   * newest first, in two statements however many they are: the requesters' page queries joined by
   * UNION ALL, each still reading only its own LIMIT from ix_tickets_requester, and their totals
   * counted together. The caller has already checked the viewer may see the requesters. A request
   * whose cursor this list did not return gets its error; the others are answered.
   */
  async byRequesters(
    requests: readonly RequesterPageRequest[],
  ): Promise<(Page<TicketEntity> | InvalidInput)[]> {
    const decoded = requests.map(withCursor);
    const valid = decoded.filter((d): d is Exclude<typeof d, InvalidInput> => !(d instanceof InvalidInput));
    const pages = valid.length > 0 ? await this.requesterPages(valid) : [];
    let next = 0;
    return decoded.map((d) => (d instanceof InvalidInput ? d : (pages[next++] as Page<TicketEntity>)));
  }

  private async requesterPages(
    requests: { request: RequesterPageRequest; cursor: { id: number } | null }[],
  ): Promise<Page<TicketEntity>[]> {
    const parts = requests.map(({ request, cursor }, i) => {
      const build = () => this.newestFirstPage('REQUESTER', cursor, request.first);
      const [sql, values] = preparedQuery(
        this.db.manager,
        newestFirstShape('REQUESTER', cursor, request.first),
        build,
        {
          requesterId: request.requesterId,
          cursorId: cursor?.id,
        },
      );
      return { sql: `SELECT ${i} AS part, p${i}.* FROM (${sql}) p${i}`, values };
    });
    const requesterIds = [...new Set(requests.map(({ request }) => request.requesterId))];
    const [rows, totals] = await Promise.all([
      readRows(
        this.db.manager,
        parts.map((part) => part.sql).join(' UNION ALL '),
        parts.flatMap((part) => part.values),
      ),
      preparedRows(this.db.manager, 'REQUESTER:totals', () => this.requesterTotals(), { requesterIds }),
    ]);
    const pages = requests.map((): TicketEntity[] => []);
    for (const row of rows) pages[Number(row['part'])]?.push(this.readRow(row));
    const totalOf = new Map(totals.map((row) => [Number(row['requesterId']), Number(row['count'])]));
    return requests.map(({ request }, i) => {
      const newestFirst = (pages[i] ?? []).sort((a, b) => b.id - a.id); // UNION ALL keeps no order
      return Page.of(newestFirst, request.first, totalOf.get(request.requesterId) ?? 0, (t) => ({
        id: t.id,
      }));
    });
  }

  private async newestFirst(
    filter: TicketView,
    parameters: ListParameters,
    total: () => Promise<number>,
    first: number,
    after?: string | null,
  ): Promise<Page<TicketEntity>> {
    const cursor = decodeCursor(after, ['id'] as const);
    const [rows, totalCount] = await Promise.all([
      this.rows(newestFirstShape(filter, cursor, first), () => this.newestFirstPage(filter, cursor, first), {
        ...parameters,
        cursorId: cursor?.id,
      }),
      total(),
    ]);
    return Page.of(rows, first, totalCount, (t) => ({ id: t.id }));
  }

  private newestFirstPage(
    filter: ListFilter,
    cursor: { id: number } | null,
    first: number,
  ): SelectQueryBuilder<TicketEntity> {
    const page = withPeople(filtered(this.tickets(), filter))
      .useIndex(NEWEST_FIRST_INDEX[filter])
      .orderBy('t.id', 'DESC')
      .limit(first + 1);
    if (cursor) page.andWhere('t.id < :cursorId');
    return page;
  }

  private requesterTotals(): SelectQueryBuilder<TicketEntity> {
    return this.tickets()
      .select('t.requesterId', 'requesterId')
      .addSelect('COUNT(*)', 'count')
      .where('t.requesterId IN (:...requesterIds)')
      .groupBy('t.requesterId');
  }

  private async rows(
    shape: string,
    build: () => SelectQueryBuilder<TicketEntity>,
    parameters: ListParameters,
  ): Promise<TicketEntity[]> {
    return (await preparedRows(this.db.manager, shape, build, parameters)).map(this.readRow);
  }

  /** The total of a member's "Assigned to me", one primary-key read. */
  private async openAssignedTo(memberId: number): Promise<number> {
    const build = () =>
      this.db.manager
        .createQueryBuilder(MemberTicketCountsEntity, 'c')
        .select('c.openCount', 'count')
        .where('c.memberId = :me');
    const [row] = await preparedRows(this.db.manager, 'member-counts', build, { me: memberId });
    if (!row) throw new Error(`Member ${memberId} has no member_ticket_counts row`);
    return Number(row['count']);
  }

  /** The totals of the workspace's lists, one primary-key read. */
  private async counts(workspaceId: number): Promise<TicketCountsEntity> {
    const build = () =>
      this.db.manager.createQueryBuilder(TicketCountsEntity, 'c').where('c.workspaceId = :ws');
    const [row] = await preparedRows(this.db.manager, 'counts', build, { ws: workspaceId });
    if (!row) throw new Error(`Workspace ${workspaceId} has no ticket_counts row`);
    return this.readCounts(row);
  }

  private tickets(): SelectQueryBuilder<TicketEntity> {
    return this.db.manager.getRepository(TicketEntity).createQueryBuilder('t');
  }
}

/** The request with its cursor decoded, or the error that cursor gets. */
function withCursor(
  request: RequesterPageRequest,
): { request: RequesterPageRequest; cursor: { id: number } | null } | InvalidInput {
  try {
    return { request, cursor: decodeCursor(request.after, ['id'] as const) };
  } catch (err) {
    if (err instanceof InvalidInput) return err;
    throw err;
  }
}

/**
 * The index whose order each newest-first list reads (see the migrations), named in the query for
 * MySQL/MariaDB (TypeORM writes USE INDEX for them only). Left to choose, MariaDB answered the page of
 * an agent with 12,000 open tickets by intersecting two indexes and sorting every match: 1 s a page,
 * against 13 ms reading 26 rows of ix_tickets_mine.
 */
const NEWEST_FIRST_INDEX: Record<ListFilter, string> = {
  [TicketView.ALL]: 'ix_tickets_all',
  [TicketView.INBOX]: 'ix_tickets_inbox',
  [TicketView.MINE]: 'ix_tickets_mine',
  [TicketView.UNASSIGNED]: 'ix_tickets_mine',
  REQUESTER: 'ix_tickets_requester',
};

function newestFirstShape(filter: ListFilter, cursor: { id: number } | null, first: number): string {
  return `${filter}:${cursor ? 'after' : 'first'}:${first}`;
}

function filtered(
  qb: SelectQueryBuilder<TicketEntity>,
  filter: ListFilter,
): SelectQueryBuilder<TicketEntity> {
  if (filter === 'REQUESTER') return qb.where('t.requesterId = :requesterId');
  qb.where('t.workspaceId = :ws');
  if (filter !== TicketView.ALL) qb.andWhere('t.isOpen = :open');
  if (filter === TicketView.MINE) qb.andWhere('t.assigneeId = :me');
  if (filter === TicketView.UNASSIGNED) qb.andWhere('t.assigneeId IS NULL');
  return qb;
}

/**
 * Joins in the requester and assignee of each row, read from raw rows: one-to-one joins, so LIMIT
 * still counts tickets, and getMany() would add a DISTINCT query of its own for a joined page.
 */
function withPeople(qb: SelectQueryBuilder<TicketEntity>): SelectQueryBuilder<TicketEntity> {
  return qb
    .innerJoin(RequesterEntity, 'r', 'r.id = t.requesterId')
    .leftJoin(MemberEntity, 'a', 'a.id = t.assigneeId')
    .addSelect(['r', 'a']);
}
