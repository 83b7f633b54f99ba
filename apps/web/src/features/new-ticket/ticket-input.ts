import { charCount, LIMITS } from '@deskline/schema';
import { priorityLabels, priorityOrder } from '../../app/ticket-labels';
import type { CreateTicketInput, Priority } from '../../gql/graphql';

/** The New ticket form as typed: strings straight from the inputs and selects. */
export interface NewTicketFormState {
  requesterEmail: string;
  requesterName: string;
  subject: string;
  description: string;
  priority: Priority;
  /** '' = no category. */
  categoryId: string;
  /** A member id, or NOBODY. The viewer's own membership id means "me". */
  assignee: string;
}

/** The Assign-to choice that leaves the ticket in the Unassigned queue. */
export const NOBODY = 'nobody';

export type FieldName = keyof NewTicketFormState;
export type FieldErrors = Partial<Record<FieldName, string>>;

export const PRIORITIES: ReadonlyArray<{ value: Priority; label: string }> = priorityOrder.map((value) => ({
  value,
  label: priorityLabels[value],
}));

/** A fresh form: priority Normal, no category, assigned to the viewer. */
export function initialFormState(viewerMembershipId: string): NewTicketFormState {
  return {
    requesterEmail: '',
    requesterName: '',
    subject: '',
    description: '',
    priority: 'NORMAL',
    categoryId: '',
    assignee: viewerMembershipId,
  };
}

// LIMITS and charCount are the API's own (@deskline/schema); the form checks them after trimming where the
// API trims. charCount stays exported from here, where the form's tests have always imported it.
export { charCount };

// Deliberately loose: the server has the final word (and its message is shown at the field).
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** True when the text looks enough like a whole email address to look the requester up. */
export function looksLikeEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** The same rules as the API, so most mistakes are caught before a round trip. Empty = valid. */
export function validate(form: NewTicketFormState): FieldErrors {
  const errors: FieldErrors = {};
  const email = form.requesterEmail.trim();
  if (email === '') errors.requesterEmail = 'Enter the requester’s email.';
  else if (!looksLikeEmail(email)) errors.requesterEmail = 'Enter an email address like name@example.com.';
  else if (charCount(email) > LIMITS.email)
    errors.requesterEmail = `The email can be at most ${LIMITS.email} characters.`;

  if (charCount(form.requesterName.trim()) > LIMITS.name)
    errors.requesterName = `The name can be at most ${LIMITS.name} characters.`;

  const subject = form.subject.trim();
  if (subject === '') errors.subject = 'Enter a subject.';
  else if (charCount(subject) > LIMITS.subject)
    errors.subject = `The subject can be at most ${LIMITS.subject} characters (it has ${charCount(subject)}).`;

  // The API checks a ticket's description against LIMITS.body (create-ticket.input.ts), as it does replies.
  if (charCount(form.description) > LIMITS.body)
    errors.description = `The description can be at most ${LIMITS.body} characters.`;
  return errors;
}

/**
 * The createTicket input for what was typed: email, name and subject trimmed; the description as
 * written; a blank name or no category left out; and the assignee in the API's three meanings —
 * omitted for the viewer themself (the API assigns the creator), null for nobody, else that member.
 */
export function buildCreateTicketInput(
  form: NewTicketFormState,
  context: { workspaceId: string; viewerMembershipId: string },
): CreateTicketInput {
  const input: CreateTicketInput = {
    workspaceId: context.workspaceId,
    requesterEmail: form.requesterEmail.trim(),
    subject: form.subject.trim(),
    description: form.description,
    priority: form.priority,
  };
  const name = form.requesterName.trim();
  if (name !== '') input.requesterName = name;
  if (form.categoryId !== '') input.categoryId = form.categoryId;
  if (form.assignee === NOBODY) input.assigneeId = null;
  else if (form.assignee !== context.viewerMembershipId) input.assigneeId = form.assignee;
  return input;
}

/** Which form field an API error's `extensions.field` names, if any. */
export function formFieldOf(apiField: unknown): FieldName | null {
  switch (apiField) {
    case 'requesterEmail':
    case 'email':
      return 'requesterEmail';
    case 'requesterName':
      return 'requesterName';
    case 'subject':
      return 'subject';
    case 'description':
      return 'description';
    case 'priority':
      return 'priority';
    case 'categoryId':
      return 'categoryId';
    case 'assigneeId':
      return 'assignee';
    default:
      return null;
  }
}
