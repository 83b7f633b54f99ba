import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../app/error-message';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { Priority, TicketStatus } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { priorityLabels, priorityOrder, statusLabels, statusOrder } from '../../app/ticket-labels';

export const TicketFieldsTicketFragment = graphql(`
  fragment TicketFields_ticket on Ticket {
    id
    status
    priority
    category {
      id
      name
    }
  }
`);

export const TicketFieldsWorkspaceFragment = graphql(`
  fragment TicketFields_workspace on Workspace {
    id
    categories {
      id
      name
    }
  }
`);

const TicketFieldsMutation = graphql(`
  mutation TicketFields_update($input: UpdateTicketInput!) {
    updateTicket(input: $input) {
      id
      updatedAt
      ...TicketFields_ticket
    }
  }
`);

const NO_CATEGORY = '';

interface Draft {
  status?: TicketStatus;
  priority?: Priority;
  categoryId?: string;
}

/** Status, priority and category; only what the agent changed is sent. */
export function TicketFields(props: {
  ticket: FragmentType<typeof TicketFieldsTicketFragment>;
  workspace: FragmentType<typeof TicketFieldsWorkspaceFragment>;
}) {
  const ticket = getFragmentData(TicketFieldsTicketFragment, props.ticket);
  const workspace = getFragmentData(TicketFieldsWorkspaceFragment, props.workspace);
  const id = useId();
  // Only the fields the agent touched; the rest follow the ticket.
  const [draft, setDraft] = useState<Draft>({});
  const [saved, setSaved] = useState(false);
  const [update, { loading, error, reset }] = useMutation(TicketFieldsMutation, {
    refetchQueries: ['InboxPage'],
  });

  const current = {
    status: ticket.status,
    priority: ticket.priority,
    categoryId: ticket.category?.id ?? NO_CATEGORY,
  };
  const value = { ...current, ...draft };
  const changed =
    value.status !== current.status ||
    value.priority !== current.priority ||
    value.categoryId !== current.categoryId;
  // A category deleted or not listed any more still has to show as the current value.
  const missingCategory =
    ticket.category && !workspace.categories.some((c) => c.id === ticket.category?.id)
      ? ticket.category
      : null;

  function edit(patch: Draft) {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
    reset();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!changed) return;
    try {
      await update({
        variables: {
          input: {
            ticketId: ticket.id,
            ...(value.status !== current.status && { status: value.status }),
            ...(value.priority !== current.priority && { priority: value.priority }),
            ...(value.categoryId !== current.categoryId && {
              categoryId: value.categoryId === NO_CATEGORY ? null : value.categoryId,
            }),
          },
        },
      });
      setDraft({});
      setSaved(true);
    } catch {
      // `error` is shown below; the choices stay so the agent can retry.
    }
  }

  return (
    <form className="ticket-panel ticket-fields" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        Status, priority and category
      </h2>
      <label htmlFor={`${id}-status`}>Status</label>
      <select
        id={`${id}-status`}
        value={value.status}
        onChange={(e) => edit({ status: e.target.value as TicketStatus })}
      >
        {statusOrder.map((status) => (
          <option key={status} value={status}>
            {statusLabels[status]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-priority`}>Priority</label>
      <select
        id={`${id}-priority`}
        value={value.priority}
        onChange={(e) => edit({ priority: e.target.value as Priority })}
      >
        {priorityOrder.map((priority) => (
          <option key={priority} value={priority}>
            {priorityLabels[priority]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-category`}>Category</label>
      <select
        id={`${id}-category`}
        value={value.categoryId}
        onChange={(e) => edit({ categoryId: e.target.value })}
      >
        <option value={NO_CATEGORY}>No category</option>
        {missingCategory && (
          <option value={missingCategory.id} disabled>
            {missingCategory.name}
          </option>
        )}
        {workspace.categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </select>
      <div className="control-row">
        <button type="submit" disabled={loading || !changed}>
          {loading ? 'Saving…' : 'Save changes'}
        </button>
        <p role="status" className="ticket-muted control-status">
          {saved && !error && !changed ? 'Saved.' : ''}
        </p>
      </div>
      {error && <Alert>{errorMessage(error)}</Alert>}
    </form>
  );
}
