import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { describeAssignment, formatDateTime } from './ticket-words';

export const AssignmentTimelineFragment = graphql(`
  fragment AssignmentTimeline_ticket on Ticket {
    id
    assignmentHistory {
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
          {ticket.assignmentHistory.map((event) => (
            <li key={event.id}>
              <span>{describeAssignment(event)}</span>{' '}
              <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
