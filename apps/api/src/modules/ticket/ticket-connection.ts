import type DataLoader from 'dataloader';
import { primeById } from '../../graphql/loaders';
import type { MemberEntity } from '../member';
import type { RequesterEntity } from '../requester';
import { DEFAULT_PAGE_SIZE } from '../../common/pagination/page.args';
import type { Page } from '../../common/pagination/page';
import type { ResponseBudget } from '../../graphql/response-budget';
import { LIMITS } from '../../common/validation';
import type { TicketConnection } from './ticket-connection.type';
import type { TicketEntity } from './ticket.entity';
import { emptyTicketPage, ticketPageText } from './ticket-page-text';
import { Ticket } from './ticket.type';

/**
 * Reads a page of tickets within the request's ResponseBudget: one page at a time, and none once the
 * budget is spent (the answer is then one refusal, so an empty page stands in). A page larger than the
 * default is read only when its largest possible text (every description at its limit) still fits:
 * 20 aliases of a page of 100 tickets with 64 KiB descriptions then read one page, not two each.
 */
export function readTicketPage(
  budget: ResponseBudget,
  first: number,
  read: () => Promise<Page<TicketEntity>>,
): Promise<Page<TicketEntity>> {
  const large = first > DEFAULT_PAGE_SIZE;
  return budget.serially(async () => {
    if (budget.exceeded) return emptyTicketPage();
    const reserved = large ? first * LIMITS.body : 0;
    if (large && !budget.reserve(reserved)) return emptyTicketPage();
    const page = await read();
    if (large) budget.settle(page, reserved, ticketPageText(page));
    else budget.spendOnce(page, ticketPageText(page));
    return page;
  }, large);
}

/** The loaders a page's joined rows go to. */
export interface PeopleLoaders {
  requester: DataLoader<number, RequesterEntity | null>;
  member: DataLoader<number, MemberEntity | null>;
}

/**
 * The page as the API answers it; the requesters and assignees its query joined in go to the loaders.
 * Past the budget the page is answered empty, so that nothing nested in it reads more.
 */
export function toTicketConnection(
  page: Page<TicketEntity>,
  loaders: PeopleLoaders,
  budget: ResponseBudget,
): TicketConnection {
  if (!budget.spendOnce(page, ticketPageText(page))) return emptyTicketPage().map(Ticket.from);
  primeById(
    loaders.requester,
    page.nodes.map((t) => t.requester ?? null),
  );
  primeById(
    loaders.member,
    page.nodes.map((t) => t.assignee ?? null),
  );
  return page.map(Ticket.from);
}
