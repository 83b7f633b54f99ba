import {
  addAgent,
  createTicket,
  PASSWORD,
  signUpOwner,
  uniqueEmail,
  type Actor,
} from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const SET_ACTIVE = `mutation ($m: ID!, $a: Boolean!) { setMemberActive(memberId: $m, active: $a) { id name email role active workspace { id } } }`;
const SIGN_IN = `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token agent { id } } }`;
const TICKET = `query ($id: ID!) {
  ticket(id: $id) {
    id status updatedAt assignee { id }
    assignmentHistory { via actor { id } from { id } to { id } createdAt }
  }
}`;

const setActive = (as: Actor, memberId: string, active: boolean) =>
  api.execute<{ setMemberActive: any }>(SET_ACTIVE, { m: memberId, a: active }, { as: as.token });

function expectError(res: { data?: unknown; errors?: unknown }, extensions: Record<string, string>) {
  expect(res.errors).toEqual([expect.objectContaining({ message: expect.any(String), extensions })]);
}

async function members(owner: Actor, includeInactive?: boolean) {
  const data = await api.ok(
    `query ($w: ID!, $all: Boolean) { workspace(id: $w) { members(includeInactive: $all) { id name active } } }`,
    { w: owner.workspaceId, all: includeInactive },
    { as: owner.token },
  );
  return [...data.workspace.members].sort((a, b) => a.name.localeCompare(b.name));
}

const ticket = async (as: Actor, id: string) => (await api.ok(TICKET, { id }, { as: as.token })).ticket;
const setStatus = (as: Actor, ticketId: string, status: string) =>
  api.ok(
    `mutation ($i: UpdateTicketInput!) { updateTicket(input: $i) { id } }`,
    { i: { ticketId, status } },
    { as: as.token },
  );

describe('setMemberActive', () => {
  it('deactivates a member: they leave the Assign-to list but stay in members(includeInactive: true)', async () => {
    const owner = await signUpOwner(api);
    const sam = await addAgent(api, owner, { name: 'Sam Agent' });
    const res = await setActive(owner, sam.memberId, false);
    expect(res).toEqual({
      status: 200,
      data: {
        setMemberActive: {
          id: sam.memberId,
          name: 'Sam Agent',
          email: sam.email,
          role: 'AGENT',
          active: false,
          workspace: { id: owner.workspaceId },
        },
      },
    });
    expect(await members(owner)).toEqual([{ id: owner.memberId, name: 'Olivia Owner', active: true }]);
    expect(await members(owner, false)).toEqual([{ id: owner.memberId, name: 'Olivia Owner', active: true }]);
    expect(await members(owner, true)).toEqual([
      { id: owner.memberId, name: 'Olivia Owner', active: true },
      { id: sam.memberId, name: 'Sam Agent', active: false },
    ]);
  });

  it('shuts the deactivated member out of that workspace: FORBIDDEN to act, null to read', async () => {
    const owner = await signUpOwner(api);
    const sam = await addAgent(api, owner);
    const existing = await createTicket(api, owner, { assigneeId: null });
    await setActive(owner, sam.memberId, false);

    for (const [query, variables] of [
      [`query ($w: ID!) { tickets(workspaceId: $w) { totalCount } }`, { w: owner.workspaceId }],
      [`query ($w: ID!) { unassignedQueue(workspaceId: $w) { totalCount } }`, { w: owner.workspaceId }],
      [
        `mutation ($i: CreateTicketInput!) { createTicket(input: $i) { id } }`,
        { i: { workspaceId: owner.workspaceId, requesterEmail: uniqueEmail(), subject: 'x' } },
      ],
      [
        `mutation ($w: ID!) { createCategory(workspaceId: $w, name: "Sneaky") { id } }`,
        { w: owner.workspaceId },
      ],
      [
        `mutation ($i: ReplyInput!) { replyToTicket(input: $i) { claimed } }`,
        { i: { ticketId: existing.id, body: 'still here' } },
      ],
      [`mutation ($t: ID!) { assignTicket(ticketId: $t, assigneeId: null) { id } }`, { t: existing.id }],
    ] as const) {
      expectError(await api.execute(query, variables, { as: sam.token }), { code: 'FORBIDDEN' });
    }
    const reads = await api.execute(
      `query ($w: ID!, $t: ID!) { workspace(id: $w) { id } ticket(id: $t) { id } }`,
      { w: owner.workspaceId, t: existing.id },
      { as: sam.token },
    );
    expect(reads).toEqual({ status: 200, data: { workspace: null, ticket: null } });
    // Nothing they tried was written.
    const after = await api.ok(
      `query ($w: ID!, $t: ID!) { tickets(workspaceId: $w, view: ALL) { totalCount } workspace(id: $w) { categories { id } } ticket(id: $t) { assignee { id } messages { id } } }`,
      { w: owner.workspaceId, t: existing.id },
      { as: owner.token },
    );
    expect(after).toEqual({
      tickets: { totalCount: 1 },
      workspace: { categories: [] },
      ticket: { assignee: null, messages: [] },
    });
  });

  it("keeps the workspace's roster and categories from a deactivated member, even through their own memberships", async () => {
    const owner = await signUpOwner(api, 'Closed Desk');
    const sam = await addAgent(api, owner);
    await api.ok(
      `mutation ($w: ID!) { createCategory(workspaceId: $w, name: "Payroll") { id } }`,
      { w: owner.workspaceId },
      { as: owner.token },
    );
    await setActive(owner, sam.memberId, false);
    const data = await api.ok(
      `query { me { memberships { id active workspace { id name members(includeInactive: true) { id email } categories { id name } } } } }`,
      {},
      { as: sam.token },
    );
    expect(data.me.memberships).toEqual([
      {
        id: sam.memberId,
        active: false,
        workspace: { id: owner.workspaceId, name: 'Closed Desk', members: [], categories: [] },
      },
    ]);
  });

  it('makes the member unassignable: createTicket and assignTicket with their id are BAD_USER_INPUT on assigneeId, writing nothing', async () => {
    const owner = await signUpOwner(api);
    const sam = await addAgent(api, owner);
    const existing = await createTicket(api, owner);
    await setActive(owner, sam.memberId, false);

    const requesterEmail = uniqueEmail('ghost');
    const create = await api.execute(
      `mutation ($i: CreateTicketInput!) { createTicket(input: $i) { id } }`,
      { i: { workspaceId: owner.workspaceId, requesterEmail, subject: 'For Sam', assigneeId: sam.memberId } },
      { as: owner.token },
    );
    expect(create.data).toBeNull();
    expectError(create, { code: 'BAD_USER_INPUT', field: 'assigneeId' });

    const assign = await api.execute(
      `mutation ($t: ID!, $a: ID) { assignTicket(ticketId: $t, assigneeId: $a) { id } }`,
      { t: existing.id, a: sam.memberId },
      { as: owner.token },
    );
    expect(assign.data).toBeNull();
    expectError(assign, { code: 'BAD_USER_INPUT', field: 'assigneeId' });

    const after = await api.ok(
      `query ($w: ID!, $e: String!) { tickets(workspaceId: $w, view: ALL) { totalCount } requester(workspaceId: $w, email: $e) { id } }`,
      { w: owner.workspaceId, e: requesterEmail },
      { as: owner.token },
    );
    expect(after).toEqual({ tickets: { totalCount: 1 }, requester: null });
    const unchanged = await ticket(owner, existing.id);
    expect(unchanged.assignee).toEqual({ id: owner.memberId });
    expect(unchanged.assignmentHistory.map((e: any) => e.via)).toEqual(['CREATE']);
  });

  it("puts the member's OPEN and PENDING tickets back in Unassigned with a DEACTIVATION event, leaving SOLVED and CLOSED ones alone", async () => {
    const owner = await signUpOwner(api);
    const admin = await addAgent(api, owner, { name: 'Ada Admin', role: 'ADMIN' });
    const sam = await addAgent(api, owner, { name: 'Sam Agent' });
    const open = await createTicket(api, owner, { assigneeId: sam.memberId });
    const pending = await createTicket(api, sam); // created by Sam, assigned to Sam
    await setStatus(owner, pending.id, 'PENDING');
    const solved = await createTicket(api, owner, { assigneeId: sam.memberId });
    await setStatus(owner, solved.id, 'SOLVED');
    const closed = await createTicket(api, owner, { assigneeId: sam.memberId });
    await setStatus(owner, closed.id, 'CLOSED');
    const owners = await createTicket(api, owner);
    const before = {
      solved: await ticket(owner, solved.id),
      closed: await ticket(owner, closed.id),
      owners: await ticket(owner, owners.id),
    };

    const res = await setActive(admin, sam.memberId, false);
    expect(res.data?.setMemberActive).toEqual(expect.objectContaining({ id: sam.memberId, active: false }));

    const created = (actor: string) => ({
      via: 'CREATE',
      actor: { id: actor },
      from: null,
      to: { id: sam.memberId },
      createdAt: expect.any(String),
    });
    const deactivation = {
      via: 'DEACTIVATION',
      actor: { id: admin.memberId },
      from: { id: sam.memberId },
      to: null,
      createdAt: expect.any(String),
    };
    expect(await ticket(owner, open.id)).toEqual({
      id: open.id,
      status: 'OPEN',
      updatedAt: expect.any(String),
      assignee: null,
      assignmentHistory: [created(owner.memberId), deactivation],
    });
    expect(await ticket(owner, pending.id)).toEqual({
      id: pending.id,
      status: 'PENDING',
      updatedAt: expect.any(String),
      assignee: null,
      assignmentHistory: [created(sam.memberId), deactivation],
    });
    // Finished tickets keep their assignee and history; the owner's own ticket is untouched.
    expect(await ticket(owner, solved.id)).toEqual(before.solved);
    expect(before.solved).toEqual(
      expect.objectContaining({
        status: 'SOLVED',
        assignee: { id: sam.memberId },
        assignmentHistory: [created(owner.memberId)],
      }),
    );
    expect(await ticket(owner, closed.id)).toEqual(before.closed);
    expect(before.closed).toEqual(
      expect.objectContaining({ status: 'CLOSED', assignee: { id: sam.memberId } }),
    );
    expect(await ticket(owner, owners.id)).toEqual(before.owners);

    const queue = await api.ok(
      `query ($w: ID!) { unassignedQueue(workspaceId: $w) { nodes { id } } }`,
      { w: owner.workspaceId },
      { as: owner.token },
    );
    expect(queue.unassignedQueue.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      [open.id, pending.id].sort(),
    );
  });

  it('reactivates a member: back in the Assign-to list, able to work and to be assigned; their old tickets stay unassigned', async () => {
    const owner = await signUpOwner(api);
    const sam = await addAgent(api, owner, { name: 'Sam Agent' });
    const old = await createTicket(api, owner, { assigneeId: sam.memberId });
    await setActive(owner, sam.memberId, false);

    const res = await setActive(owner, sam.memberId, true);
    expect(res.data?.setMemberActive).toEqual({
      id: sam.memberId,
      name: 'Sam Agent',
      email: sam.email,
      role: 'AGENT',
      active: true,
      workspace: { id: owner.workspaceId },
    });
    expect(await members(owner)).toEqual([
      { id: owner.memberId, name: 'Olivia Owner', active: true },
      { id: sam.memberId, name: 'Sam Agent', active: true },
    ]);
    // The token Sam had all along works in the workspace again.
    expect(
      await api.ok(
        `query ($w: ID!) { tickets(workspaceId: $w) { totalCount } }`,
        { w: owner.workspaceId },
        { as: sam.token },
      ),
    ).toEqual({ tickets: { totalCount: 1 } });
    const fresh = await createTicket(api, owner, { assigneeId: sam.memberId });
    expect(fresh.assignee).toEqual({ id: sam.memberId, name: 'Sam Agent' });
    expect((await ticket(owner, old.id)).assignee).toBeNull();
    // Reactivation is not an assignment change: no event for it.
    expect((await ticket(owner, old.id)).assignmentHistory.map((e: any) => e.via)).toEqual([
      'CREATE',
      'DEACTIVATION',
    ]);
  });

  it('refuses to deactivate yourself with CONFLICT, for an owner and for an admin', async () => {
    const owner = await signUpOwner(api);
    const admin = await addAgent(api, owner, { name: 'Ada Admin', role: 'ADMIN' });
    const mine = await createTicket(api, owner);
    for (const actor of [owner, admin]) {
      const res = await setActive(actor, actor.memberId, false);
      expect(res.data).toBeNull();
      expectError(res, { code: 'CONFLICT' });
    }
    expect(await members(owner)).toEqual([
      { id: admin.memberId, name: 'Ada Admin', active: true },
      { id: owner.memberId, name: 'Olivia Owner', active: true },
    ]);
    expect((await ticket(owner, mine.id)).assignee).toEqual({ id: owner.memberId });
  });

  it('is for owners and admins only: an AGENT gets FORBIDDEN and nothing changes', async () => {
    const owner = await signUpOwner(api);
    const sam = await addAgent(api, owner, { name: 'Sam Agent' });
    const tess = await addAgent(api, owner, { name: 'Tess Agent' });
    const tessTicket = await createTicket(api, owner, { assigneeId: tess.memberId });
    expectError(await setActive(sam, tess.memberId, false), { code: 'FORBIDDEN' });
    expectError(await setActive(sam, owner.memberId, false), { code: 'FORBIDDEN' });
    expect((await members(owner)).map((m) => m.active)).toEqual([true, true, true]);
    expect((await ticket(owner, tessTicket.id)).assignee).toEqual({ id: tess.memberId });
  });

  it('lets an admin deactivate agents and admins but not an owner (FORBIDDEN)', async () => {
    const owner = await signUpOwner(api);
    const admin = await addAgent(api, owner, { name: 'Ada Admin', role: 'ADMIN' });
    const otherAdmin = await addAgent(api, owner, { name: 'Bea Admin', role: 'ADMIN' });
    const sam = await addAgent(api, owner, { name: 'Sam Agent' });
    expect((await setActive(admin, sam.memberId, false)).data?.setMemberActive.active).toBe(false);
    expect((await setActive(admin, otherAdmin.memberId, false)).data?.setMemberActive.active).toBe(false);
    expectError(await setActive(admin, owner.memberId, false), { code: 'FORBIDDEN' });
    expect(await members(owner, true)).toEqual([
      { id: admin.memberId, name: 'Ada Admin', active: true },
      { id: otherAdmin.memberId, name: 'Bea Admin', active: false },
      { id: owner.memberId, name: 'Olivia Owner', active: true },
      { id: sam.memberId, name: 'Sam Agent', active: false },
    ]);
  });

  it('answers NOT_FOUND for a member of another workspace and for an unknown member id', async () => {
    const owner = await signUpOwner(api);
    const sam = await addAgent(api, owner);
    const stranger = await signUpOwner(api);
    for (const memberId of [sam.memberId, '999999999', 'nonsense']) {
      const res = await setActive(stranger, memberId, false);
      expect(res.data).toBeNull();
      expectError(res, { code: 'NOT_FOUND' });
    }
    expect((await members(owner)).map((m) => m.id).sort()).toEqual([owner.memberId, sam.memberId].sort());
  });
});

describe('signIn after deactivation', () => {
  it('is FORBIDDEN for an agent whose only membership is inactive, and works again once reactivated', async () => {
    const owner = await signUpOwner(api);
    const sam = await addAgent(api, owner);
    await setActive(owner, sam.memberId, false);
    const refused = await api.execute(SIGN_IN, { e: sam.email, p: PASSWORD });
    expect(refused.data).toBeNull();
    expectError(refused, { code: 'FORBIDDEN' });
    // The wrong password is still just UNAUTHENTICATED: FORBIDDEN says nothing to someone without it.
    expectError(await api.execute(SIGN_IN, { e: sam.email, p: 'wrong password' }), {
      code: 'UNAUTHENTICATED',
    });

    await setActive(owner, sam.memberId, true);
    const data = await api.ok(SIGN_IN, { e: sam.email, p: PASSWORD });
    expect(data.signIn.agent).toEqual({ id: sam.agentId });
  });

  it('still lets an agent in who has another, active membership; only the inactive workspace is closed to them', async () => {
    const alice = await signUpOwner(api, 'Alice Desk');
    const bob = await signUpOwner(api, 'Bob Desk');
    const joined = await api.ok(
      `mutation ($input: AddMemberInput!) { addMember(input: $input) { id } }`,
      { input: { workspaceId: bob.workspaceId, email: alice.email, name: 'Alice' } },
      { as: bob.token },
    );
    await setActive(bob, joined.addMember.id, false);
    const { signIn } = await api.ok(SIGN_IN, { e: alice.email, p: PASSWORD });
    expect(signIn.agent).toEqual({ id: alice.agentId });
    const tickets = `query ($w: ID!) { tickets(workspaceId: $w) { totalCount } }`;
    expect(await api.ok(tickets, { w: alice.workspaceId }, { as: signIn.token })).toEqual({
      tickets: { totalCount: 0 },
    });
    expectError(await api.execute(tickets, { w: bob.workspaceId }, { as: signIn.token }), {
      code: 'FORBIDDEN',
    });
  });
});
