import DataLoader from 'dataloader';
import type { LoaderKit } from '../../graphql/loaders';
import { Page } from '../../common/pagination/page';
import type { RequesterPageRequest, TicketListService } from './ticket-list.service';
import { emptyTicketPage, ticketPageText } from './ticket-page-text';
import type { TicketEntity } from './ticket.entity';

// Rows one statement of requester pages may read: 20 pages of 100, at most 64 MB of descriptions,
// before the budget is looked at again.
const MAX_ROWS_PER_READ = 2_100;
// More rows than a default page of a default page's requesters makes a heavy read (HeavyReadGate).
const MAX_ROWS_PER_LIGHT_READ = 26 * 26;

/**
 * Requester.tickets for every requester of a response in one batch (TicketListService.byRequesters),
 * read in statements of at most MAX_ROWS_PER_READ rows, one after another within the request's
 * budget: 100 requesters' pages of 100 could otherwise read 10,000 descriptions in one go.
 */
export function ticketsByRequester(
  { deadline, budget }: LoaderKit,
  ticketLists: Pick<TicketListService, 'byRequesters'>,
) {
  return new DataLoader<RequesterPageRequest, Page<TicketEntity>, string>(
    async (requests) => {
      deadline.check();
      const pages: (Page<TicketEntity> | Error)[] = [];
      for (const chunk of chunksOfRows(requests)) {
        const rows = chunk.reduce((sum, request) => sum + request.first + 1, 0);
        const read = await budget.serially(
          async () =>
            budget.exceeded ? chunk.map(() => emptyTicketPage()) : ticketLists.byRequesters(chunk),
          rows > MAX_ROWS_PER_LIGHT_READ,
        );
        for (const page of read) if (page instanceof Page) budget.spendOnce(page, ticketPageText(page));
        pages.push(...read);
      }
      return pages;
    },
    {
      cacheKeyFn: ({ requesterId, first, after }) => `${requesterId}:${first}:${after ?? ''}`,
      // Each is a part of one UNION ALL: SQLite allows 500 in a statement.
      maxBatchSize: 100,
    },
  );
}

function chunksOfRows(requests: readonly RequesterPageRequest[]): RequesterPageRequest[][] {
  const chunks: RequesterPageRequest[][] = [];
  let rows = Infinity;
  for (const request of requests) {
    if (rows + request.first + 1 > MAX_ROWS_PER_READ) {
      chunks.push([]);
      rows = 0;
    }
    chunks.at(-1)?.push(request);
    rows += request.first + 1;
  }
  return chunks;
}
