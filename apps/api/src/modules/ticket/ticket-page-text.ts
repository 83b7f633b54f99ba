import { Page } from '../../common/pagination/page';
import type { TicketEntity } from './ticket.entity';

/** The text a page of tickets holds in memory: their descriptions, read with the rows. */
export function ticketPageText(page: Page<TicketEntity>): number {
  return page.nodes.reduce((sum, t) => sum + t.description.length, 0);
}

/** A page with no tickets: what stands in for a page not read past the budget. */
export const emptyTicketPage = (): Page<TicketEntity> =>
  Page.of<TicketEntity>([], 1, 0, (t) => ({ id: t.id }));
