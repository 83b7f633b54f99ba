/**
 * Queries and small helpers shared by the ticket integration tests (not a test file itself).
 * Everything goes through the real HTTP server: these only spell out the GraphQL.
 */
import type { Actor } from '../../support/factories';
import type { GraphQLResponse, TestApi } from '../../support/test-server';

export type View = 'INBOX' | 'MINE' | 'UNASSIGNED' | 'ALL';

const MEMBER = `{ id name }`;

/** The ticket as a test asserts it after a change: its own fields, links, messages and history. */
export const FULL_TICKET = `id number reference subject description priority status channel
  category { id name } requester { id email name } assignee ${MEMBER} createdBy ${MEMBER}
  messages { id body internal authorMember ${MEMBER} authorRequester { id } }
  assignmentHistory { id via actor ${MEMBER} from ${MEMBER} to ${MEMBER} createdAt }`;

export const ASSIGN = `mutation ($t: ID!, $a: ID) { assignTicket(ticketId: $t, assigneeId: $a) { id assignee ${MEMBER} } }`;
export const UPDATE = `mutation ($input: UpdateTicketInput!) {
  updateTicket(input: $input) { id subject status priority category { id name } assignee ${MEMBER} } }`;
export const REPLY = `mutation ($input: ReplyInput!) { replyToTicket(input: $input) {
  claimed
  message { id body internal authorMember ${MEMBER} authorRequester { id } }
  ticket { id assignee ${MEMBER} } } }`;
export const GET_TICKET = `query ($id: ID!) { ticket(id: $id) { ${FULL_TICKET} } }`;

const CONNECTION = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } nodes { id subject priority }`;
export const TICKETS = `query ($w: ID!, $view: TicketView, $first: Int, $after: String) {
  tickets(workspaceId: $w, view: $view, first: $first, after: $after) { ${CONNECTION} } }`;
export const QUEUE = `query ($w: ID!, $first: Int, $after: String) {
  unassignedQueue(workspaceId: $w, first: $first, after: $after) { ${CONNECTION} } }`;

export interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
  nodes: { id: string; subject: string; priority: string }[];
}

export async function getTicket(api: TestApi, actor: Actor, id: string): Promise<any> {
  return (await api.ok(GET_TICKET, { id }, { as: actor.token })).ticket;
}

export async function view(
  api: TestApi,
  actor: Actor,
  v: View,
  first = 100,
  after?: string | null,
): Promise<Connection> {
  return (await api.ok(TICKETS, { w: actor.workspaceId, view: v, first, after }, { as: actor.token }))
    .tickets;
}

/** The ids in a view, newest first (one page of up to 100). */
export async function viewIds(api: TestApi, actor: Actor, v: View): Promise<string[]> {
  return (await view(api, actor, v)).nodes.map((n) => n.id);
}

export async function queueIds(api: TestApi, actor: Actor): Promise<string[]> {
  return (
    await api.ok(QUEUE, { w: actor.workspaceId, first: 100 }, { as: actor.token })
  ).unassignedQueue.nodes.map((n: { id: string }) => n.id);
}

/**
 * Follows endCursor until hasNextPage is false, checking each page's shape on the way:
 * edges and nodes agree, endCursor is the last edge's cursor, totalCount never changes.
 */
export async function walk(
  fetchPage: (after: string | null) => Promise<Connection>,
  pageSize: number,
): Promise<{ ids: string[]; pages: number[] }> {
  const ids: string[] = [];
  const pages: number[] = [];
  let after: string | null = null;
  let total: number | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const page: Connection = await fetchPage(after);
    expect(page.edges.map((e) => e.node.id)).toEqual(page.nodes.map((n) => n.id));
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    expect(page.nodes.length).toBeLessThanOrEqual(pageSize);
    if (page.pageInfo.hasNextPage) expect(page.nodes).toHaveLength(pageSize);
    total ??= page.totalCount;
    expect(page.totalCount).toBe(total);
    ids.push(...page.nodes.map((n) => n.id));
    pages.push(page.nodes.length);
    if (!page.pageInfo.hasNextPage) return { ids, pages };
    after = page.pageInfo.endCursor;
  }
  throw new Error('pagination never ended');
}

/** The first error's extensions, after checking the request produced exactly one error and no data leak. */
export function errorOf(res: GraphQLResponse<unknown>): { code?: string; field?: string } {
  expect(res.errors).toHaveLength(1);
  expectNoInternals(res);
  return res.errors?.[0]?.extensions ?? {};
}

/** No stack trace, SQL or file path in what the client sees. */
export function expectNoInternals(res: unknown): void {
  const text = JSON.stringify(res);
  expect(text).not.toMatch(/stack/i);
  expect(text).not.toMatch(/SELECT|INSERT INTO|UPDATE `|SQLITE_|\bER_[A-Z_]+/);
  expect(text).not.toMatch(/\/work\/|node_modules|\.ts:\d+|\.js:\d+|[A-Z]:\\/);
}

export async function createCategory(
  api: TestApi,
  actor: Actor,
  name: string,
): Promise<{ id: string; name: string }> {
  return (
    await api.ok(
      `mutation ($w: ID!, $n: String!) { createCategory(workspaceId: $w, name: $n) { id name } }`,
      { w: actor.workspaceId, n: name },
      { as: actor.token },
    )
  ).createCategory;
}

export async function setMemberActive(
  api: TestApi,
  admin: Actor,
  memberId: string,
  active: boolean,
): Promise<void> {
  await api.ok(
    `mutation ($m: ID!, $a: Boolean!) { setMemberActive(memberId: $m, active: $a) { id active } }`,
    { m: memberId, a: active },
    { as: admin.token },
  );
}

export const member = (actor: Actor, name: string) => ({ id: actor.memberId, name });
