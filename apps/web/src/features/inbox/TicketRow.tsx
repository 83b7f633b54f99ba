import { Link } from 'wouter';
import { paths } from '../../app/paths';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatAge } from './format-age';
import { priorityLabels, statusLabels } from '../../app/ticket-labels';

export const TicketRowFragment = graphql(`
  fragment TicketRow_ticket on Ticket {
    id
    reference
    subject
    priority
    status
    createdAt
    requester {
      id
      name
      email
    }
    assignee {
      id
      name
    }
  }
`);

/**
 * One ticket in the inbox table. Each cell carries its column name in data-label, which the narrow
 * layout shows in place of the (hidden) table header.
 */
export function TicketRow(props: { ticket: FragmentType<typeof TicketRowFragment>; now: number }) {
  const ticket = getFragmentData(TicketRowFragment, props.ticket);
  const created = new Date(ticket.createdAt);
  return (
    <tr className="ticket-row">
      <td className="ticket-reference" data-label="Reference">
        <Link href={paths.ticket(ticket.reference)}>{ticket.reference}</Link>
      </td>
      <td className="ticket-subject" data-label="Subject">
        {ticket.subject}
      </td>
      <td data-label="Requester" title={ticket.requester.email}>
        {ticket.requester.name || ticket.requester.email}
      </td>
      <td data-label="Priority">
        <span className={`badge priority-${ticket.priority.toLowerCase()}`}>
          {priorityLabels[ticket.priority]}
        </span>
      </td>
      <td data-label="Status">
        <span className={`badge status-${ticket.status.toLowerCase()}`}>{statusLabels[ticket.status]}</span>
      </td>
      <td data-label="Assignee" className={ticket.assignee ? undefined : 'unassigned'}>
        {ticket.assignee?.name ?? 'Unassigned'}
      </td>
      <td data-label="Age">
        <time dateTime={ticket.createdAt} title={created.toLocaleString()}>
          {formatAge(created, props.now)}
        </time>
      </td>
    </tr>
  );
}
