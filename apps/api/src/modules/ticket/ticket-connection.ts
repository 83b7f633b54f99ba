import { primeLoaders, type Loaders } from '../../common/loaders';
import type { Page } from '../../common/pagination/page';
import type { ResponseBudget } from '../../common/response-budget';
import type { TicketConnection } from './ticket-connection.type';
import type { TicketEntity } from './ticket.entity';
import { emptyTicketPage, ticketPageText } from './ticket-page-text';
import { Ticket } from './ticket.type';

/**
 * Reads a page of tickets within the request's ResponseBudget: one page at a time, and none once the
 * budget is spent (the answer is then one refusal, so an empty page stands in).
 */
export function readTicketPage(budget: ResponseBudget, read: () => Promise<Page<TicketEntity>>): Promise<Page<TicketEntity>> {
  return budget.serially(async () => {
    if (budget.exceeded) return emptyTicketPage();
    const page = await read();
    budget.spendOnce(page, ticketPageText(page));
    return page;
  });
}

/**
 * The page as the API answers it; the requesters and assignees its query joined in go to the loaders.
 * Past the budget the page is answered empty, so that nothing nested in it reads more.
 */
export function toTicketConnection(page: Page<TicketEntity>, loaders: Loaders, budget: ResponseBudget): TicketConnection {
  if (!budget.spendOnce(page, ticketPageText(page))) return emptyTicketPage().map(Ticket.from);
  primeLoaders(loaders, {
    requesters: page.nodes.flatMap((t) => (t.requester ? [t.requester] : [])),
    members: page.nodes.map((t) => t.assignee ?? null),
  });
  return page.map(Ticket.from);
}
