import type { Page } from '../../common/pagination/page';
import type { TicketConnection } from './ticket-connection.type';
import type { TicketEntity } from './ticket.entity';
import { Ticket } from './ticket.type';

export function toTicketConnection(page: Page<TicketEntity>): TicketConnection {
  const edges = page.edges.map((e) => ({ cursor: e.cursor, node: Ticket.from(e.node) }));
  return { edges, nodes: edges.map((e) => e.node), pageInfo: page.pageInfo, totalCount: page.totalCount };
}
