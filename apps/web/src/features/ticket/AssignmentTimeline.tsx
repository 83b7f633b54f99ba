import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { ShowLaterEntries } from './later-entries';
import { describeAssignment, formatDateTime } from './ticket-words';

const EventFragment = graphql(`
  fragment AssignmentTimeline_event on AssignmentEvent {
    id
    via
    createdAt
    actor {
      id
      name
    }
    from {
      id
      name
    }
    to {
      id
      name
    }
  }
`);

export const AssignmentTimelineFragment = graphql(`
  fragment AssignmentTimeline_ticket on Ticket {
    id
    assignmentHistory {
      id
      ...AssignmentTimeline_event
    }
  }
`);

// The cache appends these to the ticket's history (apollo-client.ts, Ticket.assignmentHistory).
const LaterHistoryQuery = graphql(`
  query AssignmentTimeline_later($ticketId: ID!, $after: ID) {
    ticket(id: $ticketId) {
      id
      assignmentHistory(after: $after) {
        id
        ...AssignmentTimeline_event
      }
    }
  }
`);

/** Who had the ticket when, in words, oldest first. */
export function AssignmentTimeline(props: { ticket: FragmentType<typeof AssignmentTimelineFragment> }) {
  const ticket = getFragmentData(AssignmentTimelineFragment, props.ticket);
  return (
    <section className="ticket-panel" aria-labelledby="assignment-history-title">
      <h2 id="assignment-history-title">Assignment history</h2>
      {ticket.assignmentHistory.length === 0 ? (
        <p className="ticket-muted">No assignment changes.</p>
      ) : (
        <ol className="timeline">
          {ticket.assignmentHistory.map((entry) => {
            const event = getFragmentData(EventFragment, entry);
            return (
              <li key={event.id}>
                <span>{describeAssignment(event)}</span>{' '}
                <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
              </li>
            );
          })}
        </ol>
      )}
      <ShowLaterEntries
        what="history"
        ticketId={ticket.id}
        shown={ticket.assignmentHistory.length}
        lastId={ticket.assignmentHistory.at(-1)?.id}
        query={LaterHistoryQuery}
        countOf={(data) => data?.ticket?.assignmentHistory.length ?? 0}
      />
    </section>
  );
}
