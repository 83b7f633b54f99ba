import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { Markdown } from '../../ui/Markdown';
import { ShowLaterEntries } from './later-entries';
import { formatDateTime } from './ticket-words';

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
  if (ticket.messages.length === 0) return <p className="ticket-muted">No replies or notes yet.</p>;

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
      <ShowLaterEntries
        what="messages"
        ticketId={ticket.id}
        shown={ticket.messages.length}
        lastId={ticket.messages.at(-1)?.id}
        query={LaterMessagesQuery}
        countOf={(data) => data?.ticket?.messages.length ?? 0}
      />
    </>
  );
}
