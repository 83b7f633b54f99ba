import { PASSWORD, createTicket, signUpOwner, uniqueEmail, type Actor } from '../../support/factories';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../support/test-server';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** POST /graphql with exactly this Authorization header (or none). */
async function post(
  authorization: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<any>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== null) headers.authorization = authorization;
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

interface Target {
  owner: Actor;
  ticket: { id: string; reference: string };
  requesterEmail: string;
}

/** A workspace with a ticket in it, for the other side to try to reach. */
async function target(): Promise<Target> {
  const owner = await signUpOwner(api, 'Target Desk');
  const requesterEmail = uniqueEmail('customer');
  const ticket = await createTicket(api, owner, { requesterEmail, assigneeId: null });
  return { owner, ticket, requesterEmail };
}

/** Every operation that acts in or reads from one workspace, aimed at `t`. */
function operations(t: Target): {
  [name: string]: [string, Record<string, unknown>];
  createCategory: [string, Record<string, unknown>];
} {
  const w = t.owner.workspaceId;
  return {
    tickets: [`query ($w: ID!) { tickets(workspaceId: $w) { totalCount } }`, { w }],
    unassignedQueue: [`query ($w: ID!) { unassignedQueue(workspaceId: $w) { totalCount } }`, { w }],
    requester: [
      `query ($w: ID!, $e: String!) { requester(workspaceId: $w, email: $e) { id } }`,
      { w, e: t.requesterEmail },
    ],
    createTicket: [
      `mutation ($i: CreateTicketInput!) { createTicket(input: $i) { id } }`,
      { i: { workspaceId: w, requesterEmail: uniqueEmail('x'), subject: 'Intruder' } },
    ],
    assignTicket: [
      `mutation ($t: ID!) { assignTicket(ticketId: $t, assigneeId: null) { id } }`,
      { t: t.ticket.id },
    ],
    updateTicket: [
      `mutation ($i: UpdateTicketInput!) { updateTicket(input: $i) { id } }`,
      { i: { ticketId: t.ticket.id, subject: 'Hijacked' } },
    ],
    replyToTicket: [
      `mutation ($i: ReplyInput!) { replyToTicket(input: $i) { claimed } }`,
      { i: { ticketId: t.ticket.id, body: 'Mine now' } },
    ],
    createCategory: [
      `mutation ($w: ID!) { createCategory(workspaceId: $w, name: "Intruders") { id } }`,
      { w },
    ],
    addMember: [
      `mutation ($i: AddMemberInput!) { addMember(input: $i) { id } }`,
      {
        i: { workspaceId: w, email: uniqueEmail('sneak'), name: 'Sneak', password: PASSWORD, role: 'OWNER' },
      },
    ],
    setMemberActive: [
      `mutation ($m: ID!) { setMemberActive(memberId: $m, active: false) { id } }`,
      { m: t.owner.memberId },
    ],
  };
}

/** The workspace as its owner sees it: proof that nothing was written. */
async function snapshot(t: Target) {
  return api.ok(
    `query ($w: ID!, $t: ID!) {
      workspace(id: $w) { name members(includeInactive: true) { id name role active } categories { id name } }
      ticket(id: $t) { subject assignee { id } messages { id } assignmentHistory { id } }
      tickets(workspaceId: $w, view: ALL) { totalCount }
    }`,
    { w: t.owner.workspaceId, t: t.ticket.id },
    { as: t.owner.token },
  );
}

const unauthenticated = [
  expect.objectContaining({ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }),
];

describe('without a token', () => {
  it('answers me with null and every other operation with UNAUTHENTICATED, writing nothing', async () => {
    const t = await target();
    const before = await snapshot(t);
    expect(await post(null, `query { me { id } }`)).toEqual({ status: 200, data: { me: null } });
    const reads = {
      workspace: [`query ($w: ID!) { workspace(id: $w) { id } }`, { w: t.owner.workspaceId }],
      ticket: [`query ($t: ID!) { ticket(id: $t) { id } }`, { t: t.ticket.id }],
      ticketByReference: [
        `query ($r: String!) { ticketByReference(reference: $r) { id } }`,
        { r: t.ticket.reference },
      ],
      signOut: [`mutation { signOut }`, {}],
    } as Record<string, [string, Record<string, unknown>]>;
    for (const [name, [query, variables]] of Object.entries({ ...reads, ...operations(t) })) {
      const res = await post(null, query, variables);
      expect({ name, errors: res.errors }).toEqual({ name, errors: unauthenticated });
    }
    expect(await snapshot(t)).toEqual(before);
  });
});

describe('with a malformed or unknown token', () => {
  it('treats the request as anonymous, whatever is wrong with the header, writing nothing', async () => {
    const t = await target();
    const before = await snapshot(t);
    const headers = [
      'Bearer',
      'Bearer ',
      'Bearer short',
      `Bearer ${'x'.repeat(43)}`, // well-formed, but no such token
      `Bearer ${t.owner.token}x`, // a real token, tampered with
      `Bearer ${t.owner.token} ${t.owner.token}`,
      `Bearer ${'y'.repeat(500)}`,
      `Basic ${Buffer.from(`${t.owner.email}:${PASSWORD}`).toString('base64')}`,
      `Token ${t.owner.token}`,
      t.owner.token, // no scheme at all
    ];
    for (const header of headers) {
      expect({ header, res: await post(header, `query { me { id } }`) }).toEqual({
        header,
        res: { status: 200, data: { me: null } },
      });
      const [query, variables] = operations(t).createCategory;
      const res = await post(header, query, variables);
      expect({ header, errors: res.errors }).toEqual({ header, errors: unauthenticated });
    }
    expect(await snapshot(t)).toEqual(before);
  });

  it('accepts the scheme in any case and spaces around the token', async () => {
    const t = await target();
    for (const header of [`bearer ${t.owner.token}`, `BEARER   ${t.owner.token}  `]) {
      expect(await post(header, `query { me { id } }`)).toEqual({
        status: 200,
        data: { me: { id: t.owner.agentId } },
      });
    }
  });
});

describe('with the token of an agent of another workspace', () => {
  it('reads the workspace and its tickets as null and answers workspace-scoped operations with NOT_FOUND, writing nothing', async () => {
    const t = await target();
    const intruder = await signUpOwner(api, 'Intruder Desk');
    const before = await snapshot(t);

    // The intruder is signed in: their own identity answers normally.
    expect((await api.ok(`query { me { id } }`, {}, { as: intruder.token })).me).toEqual({
      id: intruder.agentId,
    });

    const nulls = await api.execute(
      `query ($w: ID!, $t: ID!, $r: String!) { workspace(id: $w) { id } ticket(id: $t) { id } ticketByReference(reference: $r) { id } }`,
      { w: t.owner.workspaceId, t: t.ticket.id, r: t.ticket.reference },
      { as: intruder.token },
    );
    expect(nulls).toEqual({ status: 200, data: { workspace: null, ticket: null, ticketByReference: null } });

    for (const [name, [query, variables]] of Object.entries(operations(t))) {
      const res = await api.execute(query, variables, { as: intruder.token });
      expect({ name, errors: res.errors }).toEqual({
        name,
        errors: [expect.objectContaining({ message: expect.any(String), extensions: { code: 'NOT_FOUND' } })],
      });
    }
    expect(await snapshot(t)).toEqual(before);
  });

  it('answers the same for a workspace id that does not exist at all, so existence does not leak', async () => {
    const t = await target();
    const outsider = await signUpOwner(api);
    for (const w of [t.owner.workspaceId, '999999999', 'not-an-id']) {
      const read = await api.execute(
        `query ($w: ID!) { workspace(id: $w) { id } }`,
        { w },
        { as: outsider.token },
      );
      expect(read).toEqual({ status: 200, data: { workspace: null } });
      const write = await api.execute(
        `mutation ($w: ID!) { createCategory(workspaceId: $w, name: "Probe") { id } }`,
        { w },
        { as: outsider.token },
      );
      expect(write.errors).toEqual([expect.objectContaining({ extensions: { code: 'NOT_FOUND' } })]);
    }
  });
});
