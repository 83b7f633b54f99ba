import { addAgent, createTicket, signUpOwner } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';
import { errorOf, getTicket, member, queueIds, REPLY, viewIds } from './helpers';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const OWNER = 'Olivia Owner';
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('replyToTicket', () => {
  it('claims an unassigned ticket on a public reply: claimed true, the author becomes assignee, with a CLAIM event', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    const ticket = await createTicket(api, owner, { assigneeId: null });

    const data = await api.ok(REPLY, { input: { ticketId: ticket.id, body: 'On it!' } }, { as: alice.token });

    expect(data.replyToTicket).toEqual({
      claimed: true,
      message: {
        id: expect.any(String),
        body: 'On it!',
        internal: false,
        authorMember: member(alice, 'Alice'),
        authorRequester: null,
      },
      ticket: { id: ticket.id, assignee: member(alice, 'Alice') },
    });
    const stored = await getTicket(api, owner, ticket.id);
    expect(stored.assignee).toEqual(member(alice, 'Alice'));
    expect(stored.assignmentHistory).toEqual([
      {
        id: expect.any(String),
        via: 'CREATE',
        actor: member(owner, OWNER),
        from: null,
        to: null,
        createdAt: expect.stringMatching(ISO),
      },
      {
        id: expect.any(String),
        via: 'CLAIM',
        actor: member(alice, 'Alice'),
        from: null,
        to: member(alice, 'Alice'),
        createdAt: expect.stringMatching(ISO),
      },
    ]);
    expect(await viewIds(api, alice, 'MINE')).toEqual([ticket.id]);
    expect(await viewIds(api, owner, 'UNASSIGNED')).toEqual([]);
    expect(await queueIds(api, owner)).toEqual([]);
  });

  it('does not change the assignee of an assigned ticket: claimed false and no new event', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    const ticket = await createTicket(api, owner);
    const before = await getTicket(api, owner, ticket.id);

    const data = await api.ok(
      REPLY,
      { input: { ticketId: ticket.id, body: 'Chiming in' } },
      { as: alice.token },
    );

    expect(data.replyToTicket.claimed).toBe(false);
    expect(data.replyToTicket.ticket).toEqual({ id: ticket.id, assignee: member(owner, OWNER) });
    const after = await getTicket(api, owner, ticket.id);
    expect(after.assignee).toEqual(member(owner, OWNER));
    expect(after.assignmentHistory).toEqual(before.assignmentHistory);
  });

  it('only the first public reply claims; a later reply by someone else leaves the claimer assigned', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    const ticket = await createTicket(api, owner, { assigneeId: null });
    const first = await api.ok(REPLY, { input: { ticketId: ticket.id, body: 'mine' } }, { as: alice.token });
    const second = await api.ok(
      REPLY,
      { input: { ticketId: ticket.id, body: 'no, mine' } },
      { as: owner.token },
    );
    expect([first.replyToTicket.claimed, second.replyToTicket.claimed]).toEqual([true, false]);
    expect(second.replyToTicket.ticket.assignee).toEqual(member(alice, 'Alice'));
    expect(
      (await getTicket(api, owner, ticket.id)).assignmentHistory.map((e: { via: string }) => e.via),
    ).toEqual(['CREATE', 'CLAIM']);
  });

  it('never claims with an internal note: the ticket stays unassigned and in the queue', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    const ticket = await createTicket(api, owner, { assigneeId: null });

    const data = await api.ok(
      REPLY,
      { input: { ticketId: ticket.id, body: 'Looks like spam', internal: true } },
      { as: alice.token },
    );

    expect(data.replyToTicket).toEqual({
      claimed: false,
      message: {
        id: expect.any(String),
        body: 'Looks like spam',
        internal: true,
        authorMember: member(alice, 'Alice'),
        authorRequester: null,
      },
      ticket: { id: ticket.id, assignee: null },
    });
    const stored = await getTicket(api, owner, ticket.id);
    expect(stored.assignee).toBeNull();
    expect(stored.assignmentHistory.map((e: { via: string }) => e.via)).toEqual(['CREATE']);
    expect(await queueIds(api, owner)).toEqual([ticket.id]);
    expect(await viewIds(api, alice, 'MINE')).toEqual([]);
  });

  it('lists messages oldest first with author and internal flag, each body exactly as written', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    const ticket = await createTicket(api, owner);
    const bodies = [
      '  Hi Pat,\n\nthanks for writing.  \n',
      '**Note:** customer is on the _old_ plan <script>alert(1)</script> & "quotes" \'single\' `code`',
      'Emoji 😀 and accents: ñ é ü 中文 \u0000? no: \t tab',
    ];
    await api.ok(REPLY, { input: { ticketId: ticket.id, body: bodies[0] } }, { as: owner.token });
    await api.ok(
      REPLY,
      { input: { ticketId: ticket.id, body: bodies[1], internal: true } },
      { as: alice.token },
    );
    await api.ok(
      REPLY,
      { input: { ticketId: ticket.id, body: bodies[2], internal: false } },
      { as: alice.token },
    );

    const { messages } = await getTicket(api, alice, ticket.id);

    expect(messages).toEqual([
      {
        id: expect.any(String),
        body: bodies[0],
        internal: false,
        authorMember: member(owner, OWNER),
        authorRequester: null,
      },
      {
        id: expect.any(String),
        body: bodies[1],
        internal: true,
        authorMember: member(alice, 'Alice'),
        authorRequester: null,
      },
      {
        id: expect.any(String),
        body: bodies[2],
        internal: false,
        authorMember: member(alice, 'Alice'),
        authorRequester: null,
      },
    ]);
    const ids = messages.map((m: { id: string }) => Number(m.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('accepts a body of exactly 65,536 characters, 4-byte characters included, and stores it unchanged', async () => {
    const owner = await signUpOwner(api);
    const ticket = await createTicket(api, owner);
    const body = '😀'.repeat(32_768); // 65,536 UTF-16 code units, 131,072 bytes of UTF-8
    expect(body).toHaveLength(65_536);
    await api.ok(REPLY, { input: { ticketId: ticket.id, body } }, { as: owner.token });
    const [message] = (await getTicket(api, owner, ticket.id)).messages;
    expect(message.body).toBe(body);
  });

  it('refuses an empty or blank body and one over 65,536 characters with BAD_USER_INPUT on body, and writes nothing (no claim)', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    const ticket = await createTicket(api, owner, { assigneeId: null });
    const before = await getTicket(api, owner, ticket.id);

    for (const body of ['', ' ', '\n\n\t  ', 'x'.repeat(65_537)]) {
      for (const internal of [false, true]) {
        const res = await api.execute(
          REPLY,
          { input: { ticketId: ticket.id, body, internal } },
          { as: alice.token },
        );
        expect({ len: body.length, internal, error: errorOf(res) }).toEqual({
          len: body.length,
          internal,
          error: { code: 'BAD_USER_INPUT', field: 'body' },
        });
        expect(res.data).toBeNull();
      }
    }
    expect(await getTicket(api, owner, ticket.id)).toEqual(before);
    expect(before.messages).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown ticket and UNAUTHENTICATED without a token', async () => {
    const owner = await signUpOwner(api);
    const ticket = await createTicket(api, owner, { assigneeId: null });
    expect(
      errorOf(
        await api.execute(REPLY, { input: { ticketId: '987654321', body: 'hi' } }, { as: owner.token }),
      ),
    ).toEqual({ code: 'NOT_FOUND' });
    expect(
      errorOf(
        await api.execute(REPLY, { input: { ticketId: ticket.reference, body: 'hi' } }, { as: owner.token }),
      ),
    ).toEqual({ code: 'NOT_FOUND' });
    expect(errorOf(await api.execute(REPLY, { input: { ticketId: ticket.id, body: 'hi' } }))).toEqual({
      code: 'UNAUTHENTICATED',
    });
    const stored = await getTicket(api, owner, ticket.id);
    expect([stored.messages, stored.assignee]).toEqual([[], null]);
  });

  it('refuses a deactivated member: FORBIDDEN, nothing written', async () => {
    const owner = await signUpOwner(api);
    const leaver = await addAgent(api, owner, { name: 'Leaver' });
    const ticket = await createTicket(api, owner, { assigneeId: null });
    await api.ok(
      `mutation ($m: ID!) { setMemberActive(memberId: $m, active: false) { id } }`,
      { m: leaver.memberId },
      { as: owner.token },
    );

    const res = await api.execute(
      REPLY,
      { input: { ticketId: ticket.id, body: 'still here' } },
      { as: leaver.token },
    );

    expect(errorOf(res)).toEqual({ code: 'FORBIDDEN' });
    const stored = await getTicket(api, owner, ticket.id);
    expect([stored.messages, stored.assignee]).toEqual([[], null]);
  });
});
