import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { errorMessage } from '../../app/error-message';
import { type InboxView, paths } from '../../app/paths';
import { useSession } from '../../app/session';
import { graphql } from '../../gql';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { TicketRow } from './TicketRow';
import './inbox.css';

// Other features refetch this query by name (refetchQueries: ['InboxPage']) after changing tickets.
const InboxPageQuery = graphql(`
  query InboxPage($workspaceId: ID!, $view: TicketView, $first: Int, $after: String) {
    tickets(workspaceId: $workspaceId, view: $view, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...TicketRow_ticket
      }
    }
    unassignedQueue(workspaceId: $workspaceId, first: 1) {
      totalCount
    }
  }
`);

const PAGE_SIZE = 25;

const VIEWS: { view: InboxView; label: string; empty: string }[] = [
  { view: 'INBOX', label: 'Inbox', empty: 'The inbox is empty: no open or pending tickets.' },
  { view: 'MINE', label: 'Assigned to me', empty: 'Nothing is assigned to you right now.' },
  { view: 'UNASSIGNED', label: 'Unassigned', empty: 'Nothing unassigned — nice.' },
  { view: 'ALL', label: 'All', empty: 'No tickets in this workspace yet.' },
];

function viewFromSearch(search: string) {
  const wanted = new URLSearchParams(search).get('view')?.toUpperCase();
  return VIEWS.find((v) => v.view === wanted) ?? VIEWS[0]!;
}

export function InboxPage() {
  const { membership } = useSession();
  const current = viewFromSearch(useSearch());
  const { data, previousData, error, refetch, fetchMore } = useQuery(InboxPageQuery, {
    variables: { workspaceId: membership.workspace.id, view: current.view, first: PAGE_SIZE },
    // Show what the cache has at once, and still ask the server: tickets created or reassigned
    // elsewhere appear when the agent comes back to the inbox.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  // A failed "Load more" belongs to the view it was made in.
  const [failedMore, setFailedMore] = useState<{ view: InboxView; error: unknown } | null>(null);
  const moreError = failedMore?.view === current.view ? failedMore.error : null;
  const [retrying, setRetrying] = useState(false);
  const now = useNow();
  // Busy buttons are aria-disabled rather than disabled, so they keep keyboard focus.
  const tbody = useRef<HTMLTableSectionElement>(null);
  // After "Load more", keyboard and screen-reader users go on at the first ticket that arrived.
  const firstNewRow = useRef<number | null>(null);
  const focusFirstNewRow = () => {
    const index = firstNewRow.current;
    const link =
      index === null
        ? undefined
        : tbody.current?.querySelectorAll<HTMLAnchorElement>('.ticket-reference a')[index];
    if (link) {
      link.focus();
      firstNewRow.current = null;
    }
  };

  const unassignedCount = (data ?? previousData)?.unassignedQueue.totalCount;
  const tickets = data?.tickets;
  const shownCount = tickets?.nodes.length;
  // The new rows may render after fetchMore's promise settles; whichever comes last moves focus.
  useEffect(focusFirstNewRow, [shownCount]);

  async function loadMore() {
    if (loadingMore || !tickets?.pageInfo.endCursor) return;
    firstNewRow.current = tickets.nodes.length;
    setLoadingMore(true);
    setFailedMore(null);
    try {
      await fetchMore({ variables: { after: tickets.pageInfo.endCursor } });
      focusFirstNewRow();
    } catch (e) {
      firstNewRow.current = null;
      setFailedMore({ view: current.view, error: e });
    } finally {
      setLoadingMore(false);
    }
  }

  async function retry() {
    if (retrying) return;
    setRetrying(true);
    try {
      await refetch();
    } catch {
      // The hook's `error` shows it again.
    } finally {
      setRetrying(false);
    }
  }

  return (
    <section className="inbox" aria-labelledby="inbox-title">
      <h1 id="inbox-title">{current.label}</h1>
      <nav className="inbox-tabs" aria-label="Ticket views">
        {VIEWS.map((v) => (
          <Link
            key={v.view}
            href={paths.inbox(v.view)}
            aria-current={v.view === current.view ? 'page' : undefined}
          >
            {v.label}
            {v.view === 'UNASSIGNED' && unassignedCount !== undefined && (
              <span className="tab-count">
                {unassignedCount}
                <span className="visually-hidden"> tickets</span>
              </span>
            )}
          </Link>
        ))}
      </nav>

      {error && (
        <div className="inbox-error">
          <Alert>Could not load the tickets: {errorMessage(error)}</Alert>
          <button type="button" onClick={() => void retry()} aria-disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry'}
          </button>
        </div>
      )}

      {!tickets ? (
        !error && <Loading label="Loading tickets…" />
      ) : tickets.nodes.length === 0 ? (
        <p className="inbox-empty">{current.empty}</p>
      ) : (
        <>
          <p className="inbox-count" aria-live="polite">
            {tickets.nodes.length < tickets.totalCount
              ? `Showing ${tickets.nodes.length} of ${tickets.totalCount} tickets`
              : `${tickets.totalCount} ${tickets.totalCount === 1 ? 'ticket' : 'tickets'}`}
          </p>
          <table className="ticket-table">
            <caption className="visually-hidden">{current.label} tickets, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Subject</th>
                <th scope="col">Requester</th>
                <th scope="col">Priority</th>
                <th scope="col">Status</th>
                <th scope="col">Assignee</th>
                <th scope="col">Age</th>
              </tr>
            </thead>
            <tbody ref={tbody}>
              {tickets.nodes.map((ticket) => (
                <TicketRow key={ticket.id} ticket={ticket} now={now} />
              ))}
            </tbody>
          </table>
          {moreError !== null && <Alert>Could not load more tickets: {errorMessage(moreError)}</Alert>}
          {tickets.pageInfo.hasNextPage && (
            <button
              type="button"
              className="load-more"
              onClick={() => void loadMore()}
              aria-disabled={loadingMore}
            >
              {loadingMore ? 'Loading more…' : moreError !== null ? 'Try again' : 'Load more'}
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** The current time, ticking once a minute so ages ('5 min') stay true while the page is open. */
function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
