import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { errorMessage } from '../../app/error-message';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { Priority } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Markdown } from '../../ui/Markdown';
import { RequesterEmailField, useRequesterLookup } from './RequesterEmailField';
import {
  buildCreateTicketInput,
  type FieldErrors,
  type FieldName,
  formFieldOf,
  initialFormState,
  NOBODY,
  type NewTicketFormState,
  PRIORITIES,
  validate,
} from './ticket-input';

export const NewTicketForm_workspace = graphql(`
  fragment NewTicketForm_workspace on Workspace {
    id
    categories {
      id
      name
    }
    members {
      id
      name
      active
    }
  }
`);

const CreateMutation = graphql(`
  mutation NewTicketForm_create($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
      reference
      requester {
        id
        email
        name
      }
    }
  }
`);

// The order fields are checked in, so the first one with a problem gets the focus.
const FIELD_ORDER: FieldName[] = [
  'requesterEmail',
  'requesterName',
  'subject',
  'description',
  'priority',
  'categoryId',
  'assignee',
];

/** The split between a field the API blamed (shown at that field) and anything else (shown above Create). */
function apiError(error: unknown): { field: FieldName; message: string } | { field: null; message: string } {
  if (CombinedGraphQLErrors.is(error)) {
    for (const e of error.errors) {
      const field = formFieldOf(e.extensions?.field);
      if (field) return { field, message: e.message };
    }
  }
  return { field: null, message: errorMessage(error) };
}

export function NewTicketForm(props: { workspace: FragmentType<typeof NewTicketForm_workspace> }) {
  const workspace = getFragmentData(NewTicketForm_workspace, props.workspace);
  const { membership } = useSession();
  const [, navigate] = useLocation();
  const id = useId();
  const [form, setForm] = useState<NewTicketFormState>(() => initialFormState(membership.id));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [preview, setPreview] = useState(false);
  const lookup = useRequesterLookup(workspace.id, form.requesterEmail);

  const [createTicket, { loading }] = useMutation(CreateMutation, {
    // The inbox (if it is on screen) shows the new ticket; lists and requester lookups cached earlier
    // are dropped so they load afresh next time instead of showing the workspace without it.
    refetchQueries: ['InboxPage'],
    update(cache, { data }) {
      for (const fieldName of ['tickets', 'unassignedQueue', 'requesters', 'requester'])
        cache.evict({ id: 'ROOT_QUERY', fieldName });
      const requester = data?.createTicket.requester;
      if (requester)
        cache.evict({
          id: cache.identify({ __typename: 'Requester', id: requester.id }),
          fieldName: 'tickets',
        });
      cache.gc();
    },
  });

  const knownName = lookup.status === 'known' ? lookup.requester.name : null;
  const hints: FieldErrors = {
    requesterName:
      lookup.status === 'known'
        ? knownName
          ? `${knownName}’s name stays as it is: a name typed here is not saved.`
          : 'This requester has no name yet: the name you type here is saved.'
        : undefined,
    description: 'Plain text or basic Markdown.',
  };

  function set<K extends FieldName>(key: K, value: NewTicketFormState[K]) {
    setForm((current) => ({ ...current, [key]: value }));
    // A field's message goes once the agent changes it; Create checks everything again.
    if (errors[key]) setErrors(({ [key]: _gone, ...rest }) => rest);
  }

  function focusField(field: FieldName) {
    if (field === 'description') setPreview(false);
    // After the render that shows the message (and the textarea again, after a preview).
    setTimeout(() => document.getElementById(`${id}-${field}`)?.focus(), 0);
  }

  function fieldProps(key: FieldName) {
    return {
      id: `${id}-${key}`,
      'aria-invalid': errors[key] ? true : undefined,
      'aria-describedby':
        [errors[key] ? `${id}-${key}-error` : null, hints[key] ? `${id}-${key}-hint` : null]
          .filter(Boolean)
          .join(' ') || undefined,
    } as const;
  }

  function fieldError(key: FieldName) {
    return errors[key] ? (
      <p id={`${id}-${key}-error`} className="new-ticket-field-error">
        {errors[key]}
      </p>
    ) : null;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setFormError(null);
    const found = validate(form);
    setErrors(found);
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first) {
      focusField(first);
      return;
    }
    try {
      const { data } = await createTicket({
        variables: {
          input: buildCreateTicketInput(form, {
            workspaceId: workspace.id,
            viewerMembershipId: membership.id,
          }),
        },
      });
      if (!data) throw new Error('The ticket could not be created. Please try again.');
      const { reference } = data.createTicket;
      setCreated(reference);
      navigate(paths.ticket(reference));
    } catch (error) {
      // What was typed stays; the message goes where the problem is.
      const { field, message } = apiError(error);
      if (field) {
        setErrors({ [field]: message });
        focusField(field);
      } else {
        setFormError(message);
      }
    }
  }

  const others = workspace.members
    .filter((m) => m.active && m.id !== membership.id)
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <form className="card new-ticket-form" onSubmit={submit} noValidate aria-describedby={`${id}-intro`}>
      <p id={`${id}-intro`} className="new-ticket-intro">
        For an issue you heard about another way (a call, a chat, a hallway), so the team can see it.
      </p>

      <RequesterEmailField
        workspaceId={workspace.id}
        value={form.requesterEmail}
        onChange={(value) => set('requesterEmail', value)}
        lookup={lookup}
        error={errors.requesterEmail}
        inputId={`${id}-requesterEmail`}
      />

      <div className="new-ticket-field">
        <label htmlFor={`${id}-requesterName`}>
          Requester name <span className="new-ticket-optional">(optional)</span>
        </label>
        <input
          {...fieldProps('requesterName')}
          autoComplete="off"
          value={form.requesterName}
          onChange={(e) => set('requesterName', e.target.value)}
        />
        {hints.requesterName && (
          <p id={`${id}-requesterName-hint`} className="new-ticket-note">
            {hints.requesterName}
          </p>
        )}
        {fieldError('requesterName')}
      </div>

      <div className="new-ticket-field">
        <label htmlFor={`${id}-subject`}>
          Subject <span className="new-ticket-required">(required)</span>
        </label>
        <input
          {...fieldProps('subject')}
          aria-required="true"
          autoComplete="off"
          value={form.subject}
          onChange={(e) => set('subject', e.target.value)}
        />
        {fieldError('subject')}
      </div>

      <div className="new-ticket-field">
        <div className="new-ticket-description-head">
          <label htmlFor={`${id}-description`}>
            Description <span className="new-ticket-optional">(optional)</span>
          </label>
          <button
            type="button"
            className="new-ticket-preview-toggle"
            aria-pressed={preview}
            onClick={() => setPreview(!preview)}
          >
            Preview
          </button>
        </div>
        <textarea
          {...fieldProps('description')}
          rows={8}
          hidden={preview}
          value={form.description}
          onChange={(e) => set('description', e.target.value)}
        />
        {preview && (
          <section className="new-ticket-preview" aria-label="Description preview">
            {form.description.trim() === '' ? (
              <p className="new-ticket-note">Nothing to preview yet.</p>
            ) : (
              <Markdown source={form.description} />
            )}
          </section>
        )}
        <p id={`${id}-description-hint`} className="new-ticket-note">
          {hints.description}
        </p>
        {fieldError('description')}
      </div>

      <div className="new-ticket-row">
        <div className="new-ticket-field">
          <label htmlFor={`${id}-priority`}>Priority</label>
          <select
            {...fieldProps('priority')}
            value={form.priority}
            onChange={(e) => set('priority', e.target.value as Priority)}
          >
            {PRIORITIES.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
          {fieldError('priority')}
        </div>

        <div className="new-ticket-field">
          <label htmlFor={`${id}-categoryId`}>
            Category <span className="new-ticket-optional">(optional)</span>
          </label>
          <select
            {...fieldProps('categoryId')}
            value={form.categoryId}
            onChange={(e) => set('categoryId', e.target.value)}
          >
            <option value="">None</option>
            {workspace.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {fieldError('categoryId')}
        </div>

        <div className="new-ticket-field">
          <label htmlFor={`${id}-assignee`}>Assign to</label>
          <select
            {...fieldProps('assignee')}
            value={form.assignee}
            onChange={(e) => set('assignee', e.target.value)}
          >
            <option value={membership.id}>Me ({membership.name})</option>
            {others.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
            <option value={NOBODY}>Nobody (Unassigned queue)</option>
          </select>
          {fieldError('assignee')}
        </div>
      </div>

      {formError && <Alert>{formError}</Alert>}
      <div className="new-ticket-actions">
        <button type="submit" disabled={loading}>
          {loading ? 'Creating…' : 'Create ticket'}
        </button>
        <Link href={paths.inbox()}>Cancel</Link>
      </div>
      <p role="status" className="new-ticket-created">
        {created ? `Ticket ${created} created. Opening it…` : null}
      </p>
    </form>
  );
}
