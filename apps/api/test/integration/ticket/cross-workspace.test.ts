import {
  addAgent,
  createTicket,
  signUpOwner,
  TICKET_FIELDS,
  uniqueEmail,
  PASSWORD,
  type Actor,
} from '../../support/factories';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../support/test-server';
import { ASSIGN, createCategory, errorOf, FULL_TICKET, QUEUE, REPLY, TICKETS, UPDATE } from './helpers';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

interface WorkspaceA {
  owner: Actor;
  agent: Actor;
  category: { id: string; name: string };
  assigned: any;
  unassigned: any;
  requesterEmail: string;
}

/** Workspace A with a category, an agent, an assigned and an unassigned ticket with a message each. */
async function workspaceA(): Promise<WorkspaceA> {
  const owner = await signUpOwner(api, 'Workspace A');
  const agent = await addAgent(api, owner, { name: 'A Agent' });
  const category = await createCategory(api, owner, 'A Billing');
  const requesterEmail = uniqueEmail('a-customer');
  const assigned = await createTicket(api, owner, {
    requesterEmail,
    subject: 'A secret',
    categoryId: category.id,
    assigneeId: agent.memberId,
  });
  const unassigned = await createTicket(api, owner, { requesterEmail, subject: 'A queue', assigneeId: null });
  await api.ok(
    REPLY,
    { input: { ticketId: assigned.id, body: 'A internal', internal: true } },
    { as: owner.token },
  );
  return { owner, agent, category, assigned, unassigned, requesterEmail };
}

/** Everything A's owner can read about A: compared before and after B's attempts. */
async function snapshotA(a: WorkspaceA) {
  return api.ok(
    `query ($w: ID!, $t1: ID!, $t2: ID!, $e: String!) {
      workspace(id: $w) { id name slug members(includeInactive: true) { id name role active email } categories { id name } }
      t1: ticket(id: $t1) { ${FULL_TICKET} updatedAt }
      t2: ticket(id: $t2) { ${FULL_TICKET} updatedAt }
      all: tickets(workspaceId: $w, view: ALL, first: 100) { totalCount nodes { id number } }
      queue: unassignedQueue(workspaceId: $w) { totalCount nodes { id } }
      requester(workspaceId: $w, email: $e) { id email name tickets { totalCount nodes { id } } }
    }`,
    { w: a.owner.workspaceId, t1: a.assigned.id, t2: a.unassigned.id, e: a.requesterEmail },
    { as: a.owner.token },
  );
}

/** Nothing of A in the response: not its ticket subjects, names, emails or message bodies. */
function expectNothingOfA(res: GraphQLResponse<unknown>, a: WorkspaceA) {
  const text = JSON.stringify(res);
  for (const secret of [
    'A secret',
    'A queue',
    'A internal',
    'A Billing',
    'A Agent',
    'Workspace A',
    a.requesterEmail,
    a.owner.email,
    a.agent.email,
  ]) {
    expect(text).not.toContain(secret);
  }
}

describe('cross-workspace isolation: an agent of B using the IDs of A’s objects', () => {
  let a: WorkspaceA;
  let b: Actor;
  let bTicket: any;
  let before: Record<string, unknown>;

  beforeEach(async () => {
    a = await workspaceA();
    b = await signUpOwner(api, 'Workspace B');
    bTicket = await createTicket(api, b, { assigneeId: null });
    before = await snapshotA(a);
  });

  afterEach(async () => {
    expect(await snapshotA(a)).toEqual(before);
  });

  it('ticket(id) and ticketByReference answer null', async () => {
    for (const t of [a.assigned, a.unassigned]) {
      const byId = await api.execute(
        `query ($id: ID!) { ticket(id: $id) { id subject } }`,
        { id: t.id },
        { as: b.token },
      );
      expect(byId).toEqual({ status: 200, data: { ticket: null } });
      const byRef = await api.execute(
        `query ($r: String!) { ticketByReference(reference: $r) { id subject } }`,
        { r: t.reference },
        { as: b.token },
      );
      expect(byRef).toEqual({ status: 200, data: { ticketByReference: null } });
    }
  });

  it('tickets (every view), unassignedQueue and requester answer NOT_FOUND for A’s workspace id', async () => {
    for (const view of ['INBOX', 'MINE', 'UNASSIGNED', 'ALL']) {
      const res = await api.execute(TICKETS, { w: a.owner.workspaceId, view, first: 10 }, { as: b.token });
      expect(errorOf(res)).toEqual({ code: 'NOT_FOUND' });
      expect(res.data).toBeNull();
      expectNothingOfA(res, a);
    }
    const queue = await api.execute(QUEUE, { w: a.owner.workspaceId, first: 10 }, { as: b.token });
    expect(errorOf(queue)).toEqual({ code: 'NOT_FOUND' });
    const requester = await api.execute(
      `query ($w: ID!, $e: String!) { requester(workspaceId: $w, email: $e) { id tickets { nodes { id } } } }`,
      { w: a.owner.workspaceId, e: a.requesterEmail },
      { as: b.token },
    );
    expect(errorOf(requester)).toEqual({ code: 'NOT_FOUND' });
    expect((requester.data as { requester?: unknown } | null)?.requester ?? null).toBeNull();
    // B's own workspace has no requester with A's customer's email.
    const own = await api.ok(
      `query ($w: ID!, $e: String!) { requester(workspaceId: $w, email: $e) { id } }`,
      { w: b.workspaceId, e: a.requesterEmail },
      { as: b.token },
    );
    expect(own.requester).toBeNull();
  });

  it('workspace(id) answers null', async () => {
    const res = await api.execute(
      `query ($id: ID!) { workspace(id: $id) { id name members { id } categories { id } } }`,
      { id: a.owner.workspaceId },
      { as: b.token },
    );
    expect(res).toEqual({ status: 200, data: { workspace: null } });
  });

  it('createTicket: NOT_FOUND in A’s workspace; A’s category or member in B’s workspace is BAD_USER_INPUT', async () => {
    const CREATE = `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ${TICKET_FIELDS} } }`;
    const input = { requesterEmail: uniqueEmail('b-customer'), subject: 'From B' };
    const inA = await api.execute(
      CREATE,
      { input: { ...input, workspaceId: a.owner.workspaceId } },
      { as: b.token },
    );
    expect(errorOf(inA)).toEqual({ code: 'NOT_FOUND' });
    const withCategory = await api.execute(
      CREATE,
      { input: { ...input, workspaceId: b.workspaceId, categoryId: a.category.id } },
      { as: b.token },
    );
    expect(errorOf(withCategory)).toEqual({ code: 'BAD_USER_INPUT', field: 'categoryId' });
    const withAssignee = await api.execute(
      CREATE,
      { input: { ...input, workspaceId: b.workspaceId, assigneeId: a.agent.memberId } },
      { as: b.token },
    );
    expect(errorOf(withAssignee)).toEqual({ code: 'BAD_USER_INPUT', field: 'assigneeId' });
    for (const res of [inA, withCategory, withAssignee]) expectNothingOfA(res, a);
    // None of the failed creations wrote anything in B either.
    const bAll = await api.ok(TICKETS, { w: b.workspaceId, view: 'ALL', first: 10 }, { as: b.token });
    expect(bAll.tickets.nodes.map((n: { id: string }) => n.id)).toEqual([bTicket.id]);
    expect((await createTicket(api, b)).number).toBe(2);
  });

  it('assignTicket: NOT_FOUND for A’s ticket; A’s member on B’s ticket is BAD_USER_INPUT', async () => {
    for (const assigneeId of [b.memberId, null, a.owner.memberId]) {
      const res = await api.execute(ASSIGN, { t: a.assigned.id, a: assigneeId }, { as: b.token });
      expect(errorOf(res)).toEqual({ code: 'NOT_FOUND' });
      expectNothingOfA(res, a);
    }
    const res = await api.execute(ASSIGN, { t: bTicket.id, a: a.agent.memberId }, { as: b.token });
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'assigneeId' });
    expectNothingOfA(res, a);
    const bStill = await api.ok(
      `query ($id: ID!) { ticket(id: $id) { assignee { id } assignmentHistory { via } } }`,
      { id: bTicket.id },
      { as: b.token },
    );
    expect(bStill.ticket).toEqual({ assignee: null, assignmentHistory: [{ via: 'CREATE' }] });
  });

  it('updateTicket: NOT_FOUND for A’s ticket; A’s category on B’s ticket is BAD_USER_INPUT', async () => {
    const res = await api.execute(
      UPDATE,
      {
        input: {
          ticketId: a.assigned.id,
          subject: 'Hijacked',
          status: 'CLOSED',
          priority: 'LOW',
          categoryId: null,
        },
      },
      { as: b.token },
    );
    expect(errorOf(res)).toEqual({ code: 'NOT_FOUND' });
    expectNothingOfA(res, a);
    const withCategory = await api.execute(
      UPDATE,
      { input: { ticketId: bTicket.id, categoryId: a.category.id } },
      { as: b.token },
    );
    expect(errorOf(withCategory)).toEqual({ code: 'BAD_USER_INPUT', field: 'categoryId' });
  });

  it('replyToTicket: NOT_FOUND for A’s tickets, public or internal, and nothing is claimed', async () => {
    for (const t of [a.unassigned, a.assigned]) {
      for (const internal of [false, true]) {
        const res = await api.execute(
          REPLY,
          { input: { ticketId: t.id, body: 'B was here', internal } },
          { as: b.token },
        );
        expect(errorOf(res)).toEqual({ code: 'NOT_FOUND' });
        expectNothingOfA(res, a);
      }
    }
  });

  it('createCategory and addMember: NOT_FOUND for A’s workspace id', async () => {
    const category = await api.execute(
      `mutation ($w: ID!) { createCategory(workspaceId: $w, name: "B was here") { id } }`,
      { w: a.owner.workspaceId },
      { as: b.token },
    );
    expect(errorOf(category)).toEqual({ code: 'NOT_FOUND' });
    const added = await api.execute(
      `mutation ($input: AddMemberInput!) { addMember(input: $input) { id } }`,
      {
        input: {
          workspaceId: a.owner.workspaceId,
          email: uniqueEmail('intruder'),
          name: 'Intruder',
          password: PASSWORD,
          role: 'ADMIN',
        },
      },
      { as: b.token },
    );
    expect(errorOf(added)).toEqual({ code: 'NOT_FOUND' });
    // Nor can B add A's agent to B by pointing at A's member: addMember takes an email, so B only learns
    // what it already knew; A's membership is untouched (checked by the snapshot).
  });

  it('setMemberActive: NOT_FOUND for A’s members, active or not', async () => {
    for (const memberId of [a.agent.memberId, a.owner.memberId]) {
      for (const active of [false, true]) {
        const res = await api.execute(
          `mutation ($m: ID!, $a: Boolean!) { setMemberActive(memberId: $m, active: $a) { id active name } }`,
          { m: memberId, a: active },
          { as: b.token },
        );
        expect(errorOf(res)).toEqual({ code: 'NOT_FOUND' });
        expectNothingOfA(res, a);
      }
    }
    // A's agent can still work in A.
    const stillIn = await api.ok(
      `query ($id: ID!) { ticket(id: $id) { id } }`,
      { id: a.assigned.id },
      { as: a.agent.token },
    );
    expect(stillIn.ticket).toEqual({ id: a.assigned.id });
  });

  it('gives the same answer for A’s object as for one that does not exist (no existence oracle)', async () => {
    const shape = (res: GraphQLResponse<unknown>) => ({
      data: res.data,
      errors: res.errors?.map((e) => ({ message: e.message, extensions: e.extensions })),
    });
    const pairs: [string, Record<string, unknown>, Record<string, unknown>][] = [
      [ASSIGN, { t: a.assigned.id, a: null }, { t: '987654321', a: null }],
      [
        UPDATE,
        { input: { ticketId: a.assigned.id, status: 'OPEN' } },
        { input: { ticketId: '987654321', status: 'OPEN' } },
      ],
      [
        REPLY,
        { input: { ticketId: a.assigned.id, body: 'x' } },
        { input: { ticketId: '987654321', body: 'x' } },
      ],
      [TICKETS, { w: a.owner.workspaceId, view: 'ALL', first: 5 }, { w: '987654321', view: 'ALL', first: 5 }],
      [
        `mutation ($m: ID!) { setMemberActive(memberId: $m, active: false) { id } }`,
        { m: a.agent.memberId },
        { m: '987654321' },
      ],
    ];
    for (const [query, foreign, missing] of pairs) {
      expect(shape(await api.execute(query, foreign, { as: b.token }))).toEqual(
        shape(await api.execute(query, missing, { as: b.token })),
      );
    }
  });
});

describe('an agent who belongs to A and B', () => {
  it('is refused in A once deactivated there, while still working in B', async () => {
    const ownerA = await signUpOwner(api, 'Workspace A');
    const ownerB = await signUpOwner(api, 'Workspace B');
    const email = uniqueEmail('both');
    const inA = await api.ok(
      `mutation ($input: AddMemberInput!) { addMember(input: $input) { id } }`,
      { input: { workspaceId: ownerA.workspaceId, email, name: 'Both', password: PASSWORD } },
      { as: ownerA.token },
    );
    await api.ok(
      `mutation ($input: AddMemberInput!) { addMember(input: $input) { id } }`,
      { input: { workspaceId: ownerB.workspaceId, email, name: 'Both' } },
      { as: ownerB.token },
    );
    const token = (
      await api.ok(`mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, {
        e: email,
        p: PASSWORD,
      })
    ).signIn.token;
    const ticketA = await createTicket(api, ownerA, { assigneeId: null });
    const ticketB = await createTicket(api, ownerB, { assigneeId: null });

    await api.ok(
      `mutation ($m: ID!) { setMemberActive(memberId: $m, active: false) { id } }`,
      { m: inA.addMember.id },
      { as: ownerA.token },
    );

    expect(
      (await api.ok(`query ($id: ID!) { ticket(id: $id) { id } }`, { id: ticketA.id }, { as: token })).ticket,
    ).toBeNull();
    expect(
      errorOf(await api.execute(TICKETS, { w: ownerA.workspaceId, view: 'ALL', first: 5 }, { as: token }))
        .code,
    ).toBe('FORBIDDEN');
    expect(
      errorOf(await api.execute(REPLY, { input: { ticketId: ticketA.id, body: 'hi' } }, { as: token })).code,
    ).toBe('FORBIDDEN');
    const inB = await api.ok(REPLY, { input: { ticketId: ticketB.id, body: 'hi' } }, { as: token });
    expect(inB.replyToTicket.claimed).toBe(true);
    const stillA = await api.ok(
      `query ($id: ID!) { ticket(id: $id) { assignee { id } messages { id } } }`,
      { id: ticketA.id },
      { as: ownerA.token },
    );
    expect(stillA.ticket).toEqual({ assignee: null, messages: [] });
  });
});
