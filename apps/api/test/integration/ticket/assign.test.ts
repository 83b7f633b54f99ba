import { addAgent, createTicket, signUpOwner } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';
import { ASSIGN, errorOf, getTicket, member, queueIds, setMemberActive, viewIds } from './helpers';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const OWNER = 'Olivia Owner';
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('assignTicket', () => {
  it('reassigns: the old assignee loses the ticket from MINE and the new one gets it', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    const bob = await addAgent(api, owner, { name: 'Bob' });
    const ticket = await createTicket(api, owner, { assigneeId: alice.memberId });
    expect(await viewIds(api, alice, 'MINE')).toEqual([ticket.id]);
    expect(await viewIds(api, bob, 'MINE')).toEqual([]);

    const data = await api.ok(ASSIGN, { t: ticket.id, a: bob.memberId }, { as: owner.token });

    expect(data.assignTicket).toEqual({ id: ticket.id, assignee: { id: bob.memberId, name: 'Bob' } });
    expect(await viewIds(api, alice, 'MINE')).toEqual([]);
    expect(await viewIds(api, bob, 'MINE')).toEqual([ticket.id]);
    expect(await viewIds(api, owner, 'INBOX')).toEqual([ticket.id]);
    expect((await getTicket(api, alice, ticket.id)).assignee).toEqual({ id: bob.memberId, name: 'Bob' });
  });

  it('unassigns with null: the ticket goes to the UNASSIGNED view and the unassigned queue, and stays in INBOX', async () => {
    const owner = await signUpOwner(api);
    const ticket = await createTicket(api, owner);
    const other = await createTicket(api, owner);
    expect(await viewIds(api, owner, 'UNASSIGNED')).toEqual([]);
    expect(await queueIds(api, owner)).toEqual([]);

    const data = await api.ok(ASSIGN, { t: ticket.id, a: null }, { as: owner.token });

    expect(data.assignTicket).toEqual({ id: ticket.id, assignee: null });
    expect(await viewIds(api, owner, 'UNASSIGNED')).toEqual([ticket.id]);
    expect(await queueIds(api, owner)).toEqual([ticket.id]);
    expect(await viewIds(api, owner, 'MINE')).toEqual([other.id]);
    expect(await viewIds(api, owner, 'INBOX')).toEqual([other.id, ticket.id]);
  });

  it('lets a plain AGENT assign, and to a teammate of the same workspace', async () => {
    const owner = await signUpOwner(api);
    const agent = await addAgent(api, owner, { name: 'Alice' });
    const ticket = await createTicket(api, owner, { assigneeId: null });
    const data = await api.ok(ASSIGN, { t: ticket.id, a: owner.memberId }, { as: agent.token });
    expect(data.assignTicket).toEqual({ id: ticket.id, assignee: { id: owner.memberId, name: OWNER } });
  });

  it('refuses an inactive member with BAD_USER_INPUT on assigneeId and changes nothing', async () => {
    const owner = await signUpOwner(api);
    const leaver = await addAgent(api, owner, { name: 'Leaver' });
    await setMemberActive(api, owner, leaver.memberId, false);
    const ticket = await createTicket(api, owner);
    const before = await getTicket(api, owner, ticket.id);

    const res = await api.execute(ASSIGN, { t: ticket.id, a: leaver.memberId }, { as: owner.token });

    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'assigneeId' });
    expect(res.data).toBeNull();
    expect(await getTicket(api, owner, ticket.id)).toEqual(before);
  });

  it('refuses a member of another workspace, or an id that names nobody, with BAD_USER_INPUT on assigneeId', async () => {
    const owner = await signUpOwner(api);
    const stranger = await signUpOwner(api, 'Elsewhere');
    const ticket = await createTicket(api, owner, { assigneeId: null });
    const before = await getTicket(api, owner, ticket.id);

    for (const assigneeId of [stranger.memberId, '999999999', 'not-an-id', '-1', '0']) {
      const res = await api.execute(ASSIGN, { t: ticket.id, a: assigneeId }, { as: owner.token });
      expect({ assigneeId, error: errorOf(res) }).toEqual({
        assigneeId,
        error: { code: 'BAD_USER_INPUT', field: 'assigneeId' },
      });
    }
    expect(await getTicket(api, owner, ticket.id)).toEqual(before);
    expect(await viewIds(api, stranger, 'ALL')).toEqual([]);
  });

  it('answers NOT_FOUND for a ticket that does not exist and UNAUTHENTICATED without a token', async () => {
    const owner = await signUpOwner(api);
    const ticket = await createTicket(api, owner);
    expect(errorOf(await api.execute(ASSIGN, { t: '987654321', a: null }, { as: owner.token }))).toEqual({
      code: 'NOT_FOUND',
    });
    expect(errorOf(await api.execute(ASSIGN, { t: 'TK-1', a: null }, { as: owner.token }))).toEqual({
      code: 'NOT_FOUND',
    });
    expect(errorOf(await api.execute(ASSIGN, { t: ticket.id, a: null }))).toEqual({
      code: 'UNAUTHENTICATED',
    });
    expect((await getTicket(api, owner, ticket.id)).assignee).toEqual(member(owner, OWNER));
  });

  it('records CREATE then each ASSIGN in assignmentHistory with actor, from and to, oldest first', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    const bob = await addAgent(api, owner, { name: 'Bob' });
    const ticket = await createTicket(api, owner);
    await api.ok(ASSIGN, { t: ticket.id, a: alice.memberId }, { as: owner.token });
    await api.ok(ASSIGN, { t: ticket.id, a: bob.memberId }, { as: alice.token });
    await api.ok(ASSIGN, { t: ticket.id, a: null }, { as: bob.token });

    const { assignmentHistory } = await getTicket(api, owner, ticket.id);

    const event = (via: string, actor: object, from: object | null, to: object | null) => ({
      id: expect.any(String),
      via,
      actor,
      from,
      to,
      createdAt: expect.stringMatching(ISO),
    });
    expect(assignmentHistory).toEqual([
      event('CREATE', member(owner, OWNER), null, member(owner, OWNER)),
      event('ASSIGN', member(owner, OWNER), member(owner, OWNER), member(alice, 'Alice')),
      event('ASSIGN', member(alice, 'Alice'), member(alice, 'Alice'), member(bob, 'Bob')),
      event('ASSIGN', member(bob, 'Bob'), member(bob, 'Bob'), null),
    ]);
    const ids = assignmentHistory.map((e: { id: string }) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const times = assignmentHistory.map((e: { createdAt: string }) => Date.parse(e.createdAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('records CREATE with to = null for a ticket created unassigned', async () => {
    const owner = await signUpOwner(api);
    const ticket = await createTicket(api, owner, { assigneeId: null });
    expect((await getTicket(api, owner, ticket.id)).assignmentHistory).toEqual([
      {
        id: expect.any(String),
        via: 'CREATE',
        actor: member(owner, OWNER),
        from: null,
        to: null,
        createdAt: expect.stringMatching(ISO),
      },
    ]);
  });

  it('adds no event when assigning to the current assignee, or unassigning an unassigned ticket', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    const assigned = await createTicket(api, owner, { assigneeId: alice.memberId });
    const unassigned = await createTicket(api, owner, { assigneeId: null });
    const historyBefore = [
      (await getTicket(api, owner, assigned.id)).assignmentHistory,
      (await getTicket(api, owner, unassigned.id)).assignmentHistory,
    ];

    const same = await api.ok(ASSIGN, { t: assigned.id, a: alice.memberId }, { as: owner.token });
    const none = await api.ok(ASSIGN, { t: unassigned.id, a: null }, { as: owner.token });

    expect(same.assignTicket).toEqual({ id: assigned.id, assignee: member(alice, 'Alice') });
    expect(none.assignTicket).toEqual({ id: unassigned.id, assignee: null });
    expect(historyBefore.map((h) => h.length)).toEqual([1, 1]);
    expect([
      (await getTicket(api, owner, assigned.id)).assignmentHistory,
      (await getTicket(api, owner, unassigned.id)).assignmentHistory,
    ]).toEqual(historyBefore);
  });

  it('puts a deactivated member’s open tickets back in the queue with a DEACTIVATION event', async () => {
    const owner = await signUpOwner(api);
    const leaver = await addAgent(api, owner, { name: 'Leaver' });
    const ticket = await createTicket(api, owner, { assigneeId: leaver.memberId });
    await setMemberActive(api, owner, leaver.memberId, false);

    const after = await getTicket(api, owner, ticket.id);
    expect(after.assignee).toBeNull();
    expect(
      after.assignmentHistory.map((e: { via: string; actor: unknown; from: unknown; to: unknown }) => [
        e.via,
        e.actor,
        e.from,
        e.to,
      ]),
    ).toEqual([
      ['CREATE', member(owner, OWNER), null, member(leaver, 'Leaver')],
      ['DEACTIVATION', member(owner, OWNER), member(leaver, 'Leaver'), null],
    ]);
    expect(await queueIds(api, owner)).toEqual([ticket.id]);
  });
});
