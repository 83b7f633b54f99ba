import { primeLoaders, type Loaders } from '../../common/loaders';
import type { Page } from '../../common/pagination/page';
import type { TicketConnection } from './ticket-connection.type';
import type { TicketEntity } from './ticket.entity';
import { Ticket } from './ticket.type';

/** The page as the API answers it; the requesters and assignees its query joined in go to the loaders. */
export function toTicketConnection(page: Page<TicketEntity>, loaders: Loaders): TicketConnection {
  primeLoaders(loaders, {
    requesters: page.nodes.flatMap((t) => (t.requester ? [t.requester] : [])),
    members: page.nodes.map((t) => t.assignee ?? null),
  });
  return page.map(Ticket.from);
}
