import { createTicket, signUpOwner, type Actor } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';
import { errorOf, walk, type Connection } from './helpers';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const REQUESTER = `query ($w: ID!, $e: String!, $first: Int, $after: String) {
  requester(workspaceId: $w, email: $e) {
    id email name createdAt
    tickets(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } nodes { id subject requester { id } } }
  }
}`;

const lookup = async (actor: Actor, email: string, first = 25, after: string | null = null) =>
  (await api.ok(REQUESTER, { w: actor.workspaceId, e: email, first, after }, { as: actor.token })).requester;

describe('requester(workspaceId, email)', () => {
  it('finds the requester case-insensitively and ignoring surrounding spaces', async () => {
    const owner = await signUpOwner(api);
    const ticket = await createTicket(api, owner, { requesterEmail: 'Pat.Doe@Example.com', requesterName: 'Pat Doe', subject: 'Hello' });

    for (const email of ['pat.doe@example.com', 'PAT.DOE@EXAMPLE.COM', '  Pat.Doe@example.COM  ']) {
      expect({ email, found: await lookup(owner, email) }).toEqual({
        email,
        found: {
          id: ticket.requester.id,
          email: 'pat.doe@example.com',
          name: 'Pat Doe',
          createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
          tickets: {
            totalCount: 1,
            pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
            edges: [{ cursor: expect.any(String), node: { id: ticket.id } }],
            nodes: [{ id: ticket.id, subject: 'Hello', requester: { id: ticket.requester.id } }],
          },
        },
      });
    }
  });

  it('answers null for an email with no requester in the workspace', async () => {
    const owner = await signUpOwner(api);
    await createTicket(api, owner, { requesterEmail: 'known@example.com' });
    for (const email of ['unknown@example.com', 'known@example.co', '', 'not an email']) {
      expect(await lookup(owner, email)).toBeNull();
    }
  });

  it('lists only this requester’s tickets, newest first, paginated', async () => {
    const owner = await signUpOwner(api);
    const hers: string[] = [];
    for (let i = 0; i < 7; i++) {
      hers.push((await createTicket(api, owner, { requesterEmail: i % 2 ? 'PAT@x.com' : 'pat@x.com' })).id);
      await createTicket(api, owner, { requesterEmail: 'someone-else@x.com' });
    }
    const expected = [...hers].reverse();
    expect((await lookup(owner, 'pat@x.com', 100)).tickets.nodes.map((n: { id: string }) => n.id)).toEqual(expected);

    for (const size of [1, 3, 7]) {
      const { ids } = await walk(async (after) => (await lookup(owner, 'pat@x.com', size, after)).tickets as Connection, size);
      expect({ size, ids }).toEqual({ size, ids: expected });
    }
  });

  it('keeps the same email apart in different workspaces', async () => {
    const a = await signUpOwner(api);
    const b = await signUpOwner(api);
    const inA = await createTicket(api, a, { requesterEmail: 'shared@x.com', requesterName: 'In A' });
    const inB = await createTicket(api, b, { requesterEmail: 'shared@x.com', requesterName: 'In B' });
    const seenByA = await lookup(a, 'shared@x.com');
    const seenByB = await lookup(b, 'shared@x.com');
    expect(seenByA.id).not.toBe(seenByB.id);
    expect([seenByA.name, seenByA.tickets.nodes.map((n: { id: string }) => n.id)]).toEqual(['In A', [inA.id]]);
    expect([seenByB.name, seenByB.tickets.nodes.map((n: { id: string }) => n.id)]).toEqual(['In B', [inB.id]]);
  });

  it('includes closed tickets in the requester’s list', async () => {
    const owner = await signUpOwner(api);
    const open = await createTicket(api, owner, { requesterEmail: 'pat@x.com' });
    const closed = await createTicket(api, owner, { requesterEmail: 'pat@x.com' });
    await api.ok(`mutation ($t: ID!) { updateTicket(input: { ticketId: $t, status: CLOSED }) { id } }`, { t: closed.id }, { as: owner.token });
    expect((await lookup(owner, 'pat@x.com')).tickets.nodes.map((n: { id: string }) => n.id)).toEqual([closed.id, open.id]);
  });

  it('refuses first outside 1..100 and a garbage cursor on Requester.tickets', async () => {
    const owner = await signUpOwner(api);
    await createTicket(api, owner, { requesterEmail: 'pat@x.com' });
    for (const [first, after, field] of [[0, null, 'first'], [101, null, 'first'], [5, 'garbage', 'after']] as const) {
      const res = await api.execute(REQUESTER, { w: owner.workspaceId, e: 'pat@x.com', first, after }, { as: owner.token });
      expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('needs a token and membership of the workspace', async () => {
    const owner = await signUpOwner(api);
    await createTicket(api, owner, { requesterEmail: 'pat@x.com' });
    expect(errorOf(await api.execute(REQUESTER, { w: owner.workspaceId, e: 'pat@x.com' }))).toEqual({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await api.execute(REQUESTER, { w: '987654321', e: 'pat@x.com' }, { as: owner.token }))).toEqual({ code: 'NOT_FOUND' });
  });
});
