import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { Markdown } from '../../ui/Markdown';
import { formatDateTime } from './ticket-words';

export const MessageThreadFragment = graphql(`
  fragment MessageThread_ticket on Ticket {
    id
    messages {
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
  }
`);

/** Replies and internal notes, oldest first; notes are marked so nobody mistakes them for replies. */
export function MessageThread(props: { ticket: FragmentType<typeof MessageThreadFragment> }) {
  const ticket = getFragmentData(MessageThreadFragment, props.ticket);
  if (ticket.messages.length === 0) return <p className="ticket-muted">No replies or notes yet.</p>;
  return (
    <ol className="message-thread">
      {ticket.messages.map((message) => {
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
  );
}
