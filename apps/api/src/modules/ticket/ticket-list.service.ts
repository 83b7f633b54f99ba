import type { Database } from '../../database';
import { InvalidInput } from '../../common/errors';
import { decodeCursor } from '../../common/pagination/cursor';
import { Page } from '../../common/pagination/page';
import type { AccessService, Viewer } from '../member';
import { readMemberOpenCount, readWorkspaceCounts } from './ticket-counts.repository';
import {
  readNewestFirst,
  readQueue,
  readRequesterPages,
  type ListParameters,
  type RequesterPageQuery,
} from './ticket-list.repository';
import type { TicketEntity } from './ticket.entity';
import { TicketView } from './ticket.enums';

/** One requester's page of tickets, as Requester.tickets asks for it. */
export interface RequesterPageRequest {
  requesterId: number;
  first: number;
  after?: string | null;
}

/**
 * The lists agents read all day: a page (ticket-list.repository.ts) and its total, whatever the page
 * size. Workspace and member totals come from ticket_counts and member_ticket_counts; requesters'
 * are small counts.
 */
export class TicketListService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
  ) {}

  async list(
    viewer: Viewer | null,
    workspaceId: string,
    view: TicketView,
    first: number,
    after?: string | null,
  ): Promise<Page<TicketEntity>> {
    const member = this.access.requireMember(viewer, workspaceId);
    const cursor = decodeCursor(after, ['id'] as const);
    const parameters: ListParameters = { ws: member.workspaceId, me: member.id, open: true };
    if (cursor) parameters.cursorId = cursor.id;
    const manager = this.db.manager;
    const total = async () => {
      if (view === TicketView.MINE) return readMemberOpenCount(manager, member.id);
      const counts = await readWorkspaceCounts(manager, member.workspaceId);
      return view === TicketView.ALL
        ? counts.totalCount
        : view === TicketView.UNASSIGNED
          ? counts.unassignedCount
          : counts.openCount;
    };
    const [rows, totalCount] = await Promise.all([
      readNewestFirst(manager, view, parameters, first),
      total(),
    ]);
    return Page.of(rows, first, totalCount, (t) => ({ id: t.id }));
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
      readQueue(this.db.manager, this.db.sql.seeksTwoColumnKeyset, parameters, first),
      readWorkspaceCounts(this.db.manager, member.workspaceId),
    ]);
    return Page.of(rows, first, counts.unassignedCount, (t) => ({ p: t.priority, id: t.id }));
  }

  /**
   * Pages of the tickets of many requesters (Requester.tickets of every requester in a response),
   * newest first, in two statements however many they are. The caller has already checked the viewer
   * may see the requesters. A request whose cursor this list did not return gets its error; the
   * others are answered.
   */
  async byRequesters(
    requests: readonly RequesterPageRequest[],
  ): Promise<(Page<TicketEntity> | InvalidInput)[]> {
    const decoded = requests.map(withCursor);
    const valid = decoded.filter((d): d is RequesterPageQuery => !(d instanceof InvalidInput));
    const { pages, totals } =
      valid.length > 0 ? await readRequesterPages(this.db.manager, valid) : { pages: [], totals: new Map() };
    let next = 0;
    return decoded.map((d) => {
      if (d instanceof InvalidInput) return d;
      const page = pages[next++] ?? [];
      return Page.of(page, d.first, totals.get(d.requesterId) ?? 0, (t) => ({ id: t.id }));
    });
  }
}

/** The request with its cursor decoded, or the error that cursor gets. */
function withCursor(request: RequesterPageRequest): RequesterPageQuery | InvalidInput {
  try {
    const cursor = decodeCursor(request.after, ['id'] as const);
    return { requesterId: request.requesterId, first: request.first, cursorId: cursor?.id ?? null };
  } catch (err) {
    if (err instanceof InvalidInput) return err;
    throw err;
  }
}
