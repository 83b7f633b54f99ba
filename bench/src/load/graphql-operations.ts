/** The operations the load sends: the web app's own selections (apps/web), so the work is realistic. */

const TICKET_ROW = `id reference subject priority status createdAt requester { id name email } assignee { id name }`;

export const CREATE_TICKET = `mutation NewTicketForm_create($input: CreateTicketInput!) {
  createTicket(input: $input) { id reference requester { id email name } }
}`;

export const REPLY = `mutation ReplyBox_reply($input: ReplyInput!) {
  replyToTicket(input: $input) { claimed message { id } ticket { id updatedAt assignee { id name } } }
}`;

export const ASSIGN = `mutation AssignControl_assign($ticketId: ID!, $assigneeId: ID) {
  assignTicket(ticketId: $ticketId, assigneeId: $assigneeId) { id updatedAt assignee { id name } }
}`;

export const UNASSIGNED_QUEUE = `query UnassignedQueue($workspaceId: ID!, $first: Int, $after: String) {
  unassignedQueue(workspaceId: $workspaceId, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } nodes { ${TICKET_ROW} }
  }
}`;

export const INBOX_PAGE = `query InboxPage($workspaceId: ID!, $view: TicketView, $first: Int, $after: String) {
  tickets(workspaceId: $workspaceId, view: $view, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } nodes { ${TICKET_ROW} }
  }
}`;

export const TICKET_BY_REFERENCE = `query TicketByReference($reference: String!) {
  ticketByReference(reference: $reference) { ${TICKET_ROW} }
}`;

export const TYPENAME = `{ __typename }`;

export function requestBody(query: string, variables?: Record<string, unknown>): string {
  return JSON.stringify(variables ? { query, variables } : { query });
}
