import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage } from '../../app/error-message';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { Alert } from '../../ui/Alert';
import { Markdown } from '../../ui/Markdown';
import { formatDateTime } from './ticket-words';

/** The API's page of a ticket's messages (Ticket.messages' default `first`). */
export const MESSAGES_PAGE = 100;

const MessageFragment = graphql(`
  fragment MessageThread_message on Message {
    id
    body
    internal
    createdAt
    authorMember {
      id
      name
    }
    authorRequester {
      id
      name
      email
    }
  }
`);

export const MessageThreadFragment = graphql(`
  fragment MessageThread_ticket on Ticket {
    id
    messages {
      id
      ...MessageThread_message
    }
  }
`);

// The cache appends these to the ticket's messages (apollo-client.ts, Ticket.messages).
const LaterMessagesQuery = graphql(`
  query MessageThread_later($ticketId: ID!, $after: ID) {
    ticket(id: $ticketId) {
      id
      messages(after: $after) {
        id
        ...MessageThread_message
      }
    }
  }
`);

/** Replies and internal notes, oldest first; notes are marked so nobody mistakes them for replies. */
export function MessageThread(props: { ticket: FragmentType<typeof MessageThreadFragment> }) {
  const ticket = getFragmentData(MessageThreadFragment, props.ticket);
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  const [loadedAll, setLoadedAll] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (ticket.messages.length === 0) return <p className="ticket-muted">No replies or notes yet.</p>;

  // A full page may have more after it: a long conversation is read in pages of MESSAGES_PAGE.
  const mayHaveMore = !loadedAll && ticket.messages.length % MESSAGES_PAGE === 0;
  const showLater = async () => {
    setLoading(true);
    setError(null);
    try {
      const { data } = await client.query({
        query: LaterMessagesQuery,
        variables: { ticketId: ticket.id, after: ticket.messages.at(-1)?.id },
        fetchPolicy: 'network-only',
      });
      if ((data?.ticket?.messages.length ?? 0) < MESSAGES_PAGE) setLoadedAll(true);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <ol className="message-thread">
        {ticket.messages.map((entry) => {
          const message = getFragmentData(MessageFragment, entry);
          const author = message.authorMember
            ? message.authorMember.name
            : `${message.authorRequester?.name || message.authorRequester?.email || 'The requester'} (requester)`;
          return (
            <li key={message.id} className={message.internal ? 'message message-internal' : 'message'}>
              <article aria-label={`${message.internal ? 'Internal note' : 'Message'} from ${author}`}>
                <header className="message-header">
                  <strong>{author}</strong>
                  {message.internal && <span className="badge badge-internal">Internal note</span>}
                  <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
                </header>
                <Markdown source={message.body} />
              </article>
            </li>
          );
        })}
      </ol>
      {error && <Alert>Could not load the later messages: {error}</Alert>}
      {mayHaveMore && (
        <button type="button" onClick={() => void showLater()} disabled={loading}>
          {loading ? 'Loading later messages…' : 'Show later messages'}
        </button>
      )}
    </>
  );
}
