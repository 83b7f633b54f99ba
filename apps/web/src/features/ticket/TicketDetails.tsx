import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { channelLabels } from '../../app/ticket-labels';
import { formatDateTime } from './ticket-words';

export const TicketDetailsFragment = graphql(`
  fragment TicketDetails_ticket on Ticket {
    id
    reference
    channel
    createdAt
    createdBy {
      id
      name
    }
    requester {
      id
      name
      email
    }
  }
`);

/** Who the ticket is for and where it came from. */
export function TicketDetails(props: { ticket: FragmentType<typeof TicketDetailsFragment> }) {
  const ticket = getFragmentData(TicketDetailsFragment, props.ticket);
  return (
    <section className="ticket-panel" aria-labelledby="ticket-details-title">
      <h2 id="ticket-details-title" className="visually-hidden">
        Details
      </h2>
      <dl className="ticket-details">
        <dt>Requester</dt>
        <dd>
          {ticket.requester.name && <span className="requester-name">{ticket.requester.name}</span>}
          <a href={`mailto:${ticket.requester.email}`}>{ticket.requester.email}</a>
        </dd>
        <dt>Reference</dt>
        <dd>{ticket.reference}</dd>
        <dt>Created</dt>
        <dd>
          <time dateTime={ticket.createdAt}>{formatDateTime(ticket.createdAt)}</time>
          {ticket.createdBy ? ` by ${ticket.createdBy.name}` : ` via ${channelLabels[ticket.channel]}`}
        </dd>
      </dl>
    </section>
  );
}
