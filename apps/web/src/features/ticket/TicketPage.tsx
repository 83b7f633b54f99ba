import { useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/error-message';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session';
import { graphql } from '../../gql';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { Markdown } from '../../ui/Markdown';
import { AssignControl } from './AssignControl';
import { AssignmentTimeline } from './AssignmentTimeline';
import { MessageThread } from './MessageThread';
import { ReplyBox } from './ReplyBox';
import { TicketDetails } from './TicketDetails';
import { TicketFields } from './TicketFields';
import { priorityLabels, statusLabels } from '../../app/ticket-labels';
import { displayReference } from './ticket-words';
import './ticket.css';

const TicketPageQuery = graphql(`
  query TicketPage($reference: String!, $workspaceId: ID!) {
    ticketByReference(reference: $reference) {
      id
      reference
      subject
      description
      status
      priority
      workspace {
        id
        name
      }
      ...TicketDetails_ticket
      ...TicketFields_ticket
      ...AssignControl_ticket
      ...AssignmentTimeline_ticket
      ...MessageThread_ticket
      ...ReplyBox_ticket
    }
    workspace(id: $workspaceId) {
      id
      ...TicketFields_workspace
      ...AssignControl_workspace
    }
  }
`);

/** One ticket, by the reference as typed or pasted (tk-42, TK-00042). */
export function TicketPage(props: { reference: string }) {
  const { membership, memberships, switchWorkspace } = useSession();
  const shown = displayReference(props.reference);
  const { data, error, loading, refetch } = useQuery(TicketPageQuery, {
    variables: { reference: props.reference.trim(), workspaceId: membership.workspace.id },
    notifyOnNetworkStatusChange: true,
  });

  if (!data) {
    if (error) {
      return (
        <section className="ticket-page">
          <h1>Ticket {shown}</h1>
          <Alert>Could not load the ticket: {errorMessage(error)}</Alert>
          <button type="button" onClick={() => void refetch().catch(() => undefined)} disabled={loading}>
            {loading ? 'Trying again…' : 'Try again'}
          </button>
        </section>
      );
    }
    return <Loading label={`Loading ticket ${shown}…`} />;
  }

  const ticket = data.ticketByReference;
  if (!ticket) {
    return (
      <section className="ticket-page">
        <h1>No ticket {shown} in this workspace</h1>
        <p>
          Check the reference, or <Link href={paths.inbox()}>go back to the inbox</Link>.
        </p>
      </section>
    );
  }

  if (ticket.workspace.id !== membership.workspace.id) {
    const other = memberships.find((m) => m.workspace.id === ticket.workspace.id);
    return (
      <section className="ticket-page">
        <h1>
          {ticket.reference} is in {other ? other.workspace.name : 'another workspace'}
        </h1>
        <p>You are working in {membership.workspace.name}.</p>
        {other ? (
          <button type="button" onClick={() => switchWorkspace(other.workspace.id)}>
            Switch to {other.workspace.name}
          </button>
        ) : (
          <p>
            <Link href={paths.inbox()}>Back to the inbox</Link>
          </p>
        )}
      </section>
    );
  }

  const workspace = data.workspace;
  return (
    <article className="ticket-page" aria-labelledby="ticket-subject">
      <header className="ticket-head">
        <p className="ticket-meta">
          <span className="ticket-reference">{ticket.reference}</span>
          <span className={`badge badge-status-${ticket.status.toLowerCase()}`}>
            {statusLabels[ticket.status]}
          </span>
          <span className={`badge badge-priority-${ticket.priority.toLowerCase()}`}>
            {priorityLabels[ticket.priority]} priority
          </span>
        </p>
        <h1 id="ticket-subject">{ticket.subject}</h1>
      </header>
      {/* Refetch errors while data is shown (e.g. after coming back online). */}
      {error && <Alert>Could not refresh the ticket: {errorMessage(error)}</Alert>}
      <div className="ticket-layout">
        <div className="ticket-main">
          <section className="ticket-description" aria-label="Description">
            {ticket.description.trim() ? (
              <Markdown source={ticket.description} />
            ) : (
              <p className="ticket-muted">No description.</p>
            )}
          </section>
          <section aria-labelledby="conversation-title">
            <h2 id="conversation-title">Conversation</h2>
            <MessageThread ticket={ticket} />
          </section>
          <ReplyBox ticket={ticket} />
        </div>
        <aside className="ticket-side" aria-label="Ticket properties">
          <TicketDetails ticket={ticket} />
          {workspace ? (
            <>
              <AssignControl ticket={ticket} workspace={workspace} />
              <TicketFields ticket={ticket} workspace={workspace} />
            </>
          ) : (
            <Alert>Could not load this workspace's members and categories.</Alert>
          )}
          <AssignmentTimeline ticket={ticket} />
        </aside>
      </div>
    </article>
  );
}
