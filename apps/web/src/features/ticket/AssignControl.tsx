import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../app/error-message';
import { useSession } from '../../app/session';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { Alert } from '../../ui/Alert';

export const AssignControlTicketFragment = graphql(`
  fragment AssignControl_ticket on Ticket {
    id
    assignee {
      id
      name
    }
  }
`);

export const AssignControlWorkspaceFragment = graphql(`
  fragment AssignControl_workspace on Workspace {
    id
    members {
      id
      name
    }
  }
`);

const AssignControlMutation = graphql(`
  mutation AssignControl_assign($ticketId: ID!, $assigneeId: ID) {
    assignTicket(ticketId: $ticketId, assigneeId: $assigneeId) {
      id
      updatedAt
      ...AssignControl_ticket
      ...AssignmentTimeline_ticket
    }
  }
`);

const NOBODY = '';

/** "Assigned to": every active member of the workspace, or nobody (the Unassigned queue). */
export function AssignControl(props: {
  ticket: FragmentType<typeof AssignControlTicketFragment>;
  workspace: FragmentType<typeof AssignControlWorkspaceFragment>;
}) {
  const ticket = getFragmentData(AssignControlTicketFragment, props.ticket);
  const workspace = getFragmentData(AssignControlWorkspaceFragment, props.workspace);
  const { membership } = useSession();
  const id = useId();
  const current = ticket.assignee?.id ?? NOBODY;
  // null = the agent has not picked anything: follow the ticket (which a reply may change meanwhile).
  const [draft, setDraft] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [assign, { loading, error, reset }] = useMutation(AssignControlMutation, {
    refetchQueries: ['InboxPage'],
  });
  const value = draft ?? current;
  // An assignee who has since left the active list still has to show as the current value.
  const missing =
    ticket.assignee && !workspace.members.some((m) => m.id === ticket.assignee?.id) ? ticket.assignee : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (value === current) return;
    try {
      await assign({ variables: { ticketId: ticket.id, assigneeId: value === NOBODY ? null : value } });
      setDraft(null);
      setSaved(true);
    } catch {
      // `error` is shown below; the choice stays selected so the agent can retry.
    }
  }

  return (
    <form className="ticket-panel assign-control" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        Assignment
      </h2>
      <label htmlFor={`${id}-assignee`}>Assigned to</label>
      <div className="control-row">
        <select
          id={`${id}-assignee`}
          value={value}
          onChange={(e) => {
            setDraft(e.target.value);
            setSaved(false);
            reset();
          }}
        >
          <option value={NOBODY}>Nobody (Unassigned queue)</option>
          {missing && (
            <option value={missing.id} disabled>
              {missing.name} (no longer active)
            </option>
          )}
          {workspace.members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.id === membership.id ? `${member.name} (you)` : member.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={loading || value === current}>
          {loading ? 'Saving…' : 'Assign'}
        </button>
      </div>
      {/* Always mounted, so screen readers announce the change. */}
      <p role="status" className="ticket-muted control-status">
        {saved &&
          !error &&
          (ticket.assignee
            ? `Assigned to ${ticket.assignee.name}.`
            : 'Unassigned: back in the Unassigned queue.')}
      </p>
      {error && <Alert>{errorMessage(error)}</Alert>}
    </form>
  );
}
