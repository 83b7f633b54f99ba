import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { bound, rawEntityReader, rows, statementVariants, unionAllRows, type Row } from '../../database';
import { MemberEntity } from '../member';
import { RequesterEntity } from '../requester';
import { TicketEntity } from './ticket.entity';
import { TicketView } from './ticket.enums';

/**
 * The statements of the ticket lists. Every list is keyset-paginated over an index that matches its
 * order (see the migrations): one query for the page, with its requesters and assignees joined in.
 */

/** Which tickets a list holds: a view of a workspace's, or one requester's. */
export type ListFilter = TicketView | 'REQUESTER';

/** Parameters of every list query; each query uses those its SQL names. */
export interface ListParameters {
  ws?: number;
  me?: number;
  open?: boolean;
  requesterId?: number;
  cursorId?: number;
  p?: number;
  id?: number;
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

const newestFirstPage = statementVariants<
  ListParameters,
  [filter: ListFilter, afterCursor: boolean, first: number]
>('newest-first page', (manager, filter, afterCursor, first) => {
  const page = withPeople(filtered(tickets(manager), filter))
    .useIndex(NEWEST_FIRST_INDEX[filter])
    .orderBy('t.id', 'DESC')
    .limit(first + 1);
  if (afterCursor) page.andWhere('t.id < :cursorId');
  return page;
});

/** The queue's ranges: from the start, after a cursor, or (SQLite) the two halves of "after a cursor". */
type QueueRange = 'first' | 'after' | 'after-same-priority' | 'after-lower-priority';

const QUEUE_AFTER: Record<Exclude<QueueRange, 'first'>, string> = {
  after: 't.priority <= :p AND (t.priority < :p OR (t.priority = :p AND t.id > :id))',
  'after-same-priority': 't.priority = :p AND t.id > :id',
  'after-lower-priority': 't.priority < :p',
};

const queuePage = statementVariants<ListParameters, [range: QueueRange, first: number]>(
  'queue page',
  (manager, range, first) => {
    const page = withPeople(filtered(tickets(manager), TicketView.UNASSIGNED))
      .useIndex('ix_tickets_queue')
      .orderBy('t.priority', 'DESC')
      .addOrderBy('t.id', 'ASC')
      .limit(first + 1);
    return range === 'first' ? page : page.andWhere(QUEUE_AFTER[range]);
  },
);

const requesterTotals = statementVariants<{ requesterIds: number[] }, []>('requester totals', (manager) =>
  tickets(manager)
    .select('t.requesterId', 'requesterId')
    .addSelect('COUNT(*)', 'count')
    .where('t.requesterId IN (:...requesterIds)')
    .groupBy('t.requesterId'),
);

type RowReader = (row: Row) => TicketEntity;
const rowReaders = new WeakMap<EntityManager['connection'], RowReader>();

/** Reads a list's rows: the ticket with its requester and assignee (null when unassigned). */
function readRow(manager: EntityManager, row: Row): TicketEntity {
  let read = rowReaders.get(manager.connection);
  if (!read) {
    const ticket = rawEntityReader(manager.connection, TicketEntity, 't');
    const requester = rawEntityReader(manager.connection, RequesterEntity, 'r');
    const assignee = rawEntityReader(manager.connection, MemberEntity, 'a');
    read = (r) => {
      const t = ticket(r);
      t.requester = requester(r);
      t.assignee = r['a_id'] == null ? null : assignee(r);
      return t;
    };
    rowReaders.set(manager.connection, read);
  }
  return read(row);
}

/** A newest-first page of a view (or of a requester's tickets): first + 1 rows, to tell whether more follow. */
export async function readNewestFirst(
  manager: EntityManager,
  filter: ListFilter,
  parameters: ListParameters,
  first: number,
): Promise<TicketEntity[]> {
  const found = await rows(
    manager,
    newestFirstPage,
    parameters,
    filter,
    parameters.cursorId !== undefined,
    first,
  );
  return found.map((row) => readRow(manager, row));
}

/**
 * A page of the Unassigned queue. MariaDB/MySQL read the cursor's condition as one exact range of
 * ix_tickets_queue. SQLite reads it from the start of the cursor's priority (Dialect.seeksTwoColumnKeyset),
 * so there it is asked as its two ranges, the rest of the cursor's priority and then the lower
 * priorities, each a seek that reads at most first + 1 rows, put in queue order here.
 */
export async function readQueue(
  manager: EntityManager,
  seeksTwoColumnKeyset: boolean,
  parameters: ListParameters,
  first: number,
): Promise<TicketEntity[]> {
  if (parameters.p === undefined)
    return (await rows(manager, queuePage, parameters, 'first', first)).map((row) => readRow(manager, row));
  if (seeksTwoColumnKeyset)
    return (await rows(manager, queuePage, parameters, 'after', first)).map((row) => readRow(manager, row));
  const found = await unionAllRows(manager, [
    bound(manager, queuePage, parameters, 'after-same-priority', first),
    bound(manager, queuePage, parameters, 'after-lower-priority', first),
  ]);
  return found
    .map((row) => readRow(manager, row))
    .sort((a, b) => b.priority - a.priority || a.id - b.id)
    .slice(0, first + 1);
}

/** One requester's page of tickets, as Requester.tickets asks for it (the cursor decoded). */
export interface RequesterPageQuery {
  requesterId: number;
  first: number;
  cursorId: number | null;
}

/**
 * The pages of the tickets of many requesters, newest first, in two statements however many they
 * are: the requesters' page queries joined by UNION ALL, each still reading only its own LIMIT from
 * ix_tickets_requester, and their totals counted together.
 */
export async function readRequesterPages(
  manager: EntityManager,
  queries: RequesterPageQuery[],
): Promise<{ pages: TicketEntity[][]; totals: Map<number, number> }> {
  const parts = queries.map((query) =>
    bound(
      manager,
      newestFirstPage,
      query.cursorId === null
        ? { requesterId: query.requesterId }
        : { requesterId: query.requesterId, cursorId: query.cursorId },
      'REQUESTER',
      query.cursorId !== null,
      query.first,
    ),
  );
  const requesterIds = [...new Set(queries.map((query) => query.requesterId))];
  const [found, counted] = await Promise.all([
    unionAllRows(manager, parts),
    rows(manager, requesterTotals, { requesterIds }),
  ]);
  const pages = queries.map((): TicketEntity[] => []);
  for (const row of found) pages[Number(row['part'])]?.push(readRow(manager, row));
  for (const page of pages) page.sort((a, b) => b.id - a.id); // UNION ALL keeps no order
  const totals = new Map(counted.map((row) => [Number(row['requesterId']), Number(row['count'])]));
  return { pages, totals };
}

function tickets(manager: EntityManager): SelectQueryBuilder<TicketEntity> {
  return manager.getRepository(TicketEntity).createQueryBuilder('t');
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
