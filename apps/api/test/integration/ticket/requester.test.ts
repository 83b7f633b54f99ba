import { statementsDuring } from '../../support/database-probes';
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
    const ticket = await createTicket(api, owner, {
      requesterEmail: 'Pat.Doe@Example.com',
      requesterName: 'Pat Doe',
      subject: 'Hello',
    });

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
    expect((await lookup(owner, 'pat@x.com', 100)).tickets.nodes.map((n: { id: string }) => n.id)).toEqual(
      expected,
    );

    for (const size of [1, 3, 7]) {
      const { ids } = await walk(
        async (after) => (await lookup(owner, 'pat@x.com', size, after)).tickets as Connection,
        size,
      );
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
    expect([seenByA.name, seenByA.tickets.nodes.map((n: { id: string }) => n.id)]).toEqual([
      'In A',
      [inA.id],
    ]);
    expect([seenByB.name, seenByB.tickets.nodes.map((n: { id: string }) => n.id)]).toEqual([
      'In B',
      [inB.id],
    ]);
  });

  it('includes closed tickets in the requester’s list', async () => {
    const owner = await signUpOwner(api);
    const open = await createTicket(api, owner, { requesterEmail: 'pat@x.com' });
    const closed = await createTicket(api, owner, { requesterEmail: 'pat@x.com' });
    await api.ok(
      `mutation ($t: ID!) { updateTicket(input: { ticketId: $t, status: CLOSED }) { id } }`,
      { t: closed.id },
      { as: owner.token },
    );
    expect((await lookup(owner, 'pat@x.com')).tickets.nodes.map((n: { id: string }) => n.id)).toEqual([
      closed.id,
      open.id,
    ]);
  });

  it('refuses first outside 1..100 and a garbage cursor on Requester.tickets', async () => {
    const owner = await signUpOwner(api);
    await createTicket(api, owner, { requesterEmail: 'pat@x.com' });
    for (const [first, after, field] of [
      [0, null, 'first'],
      [101, null, 'first'],
      [5, 'garbage', 'after'],
    ] as const) {
      const res = await api.execute(
        REQUESTER,
        { w: owner.workspaceId, e: 'pat@x.com', first, after },
        { as: owner.token },
      );
      expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });

  describe('for every requester of a response at once', () => {
    const PAGES = `query ($w: ID!, $s: String!, $n: Int!) {
      requesters(workspaceId: $w, search: $s, first: $n) {
        email
        tickets(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { id subject requester { email } } }
      }
    }`;

    /** A workspace with `count` requesters, the k-th holding k % 4 + 1 tickets, beside other requesters' tickets. */
    async function requestersWithTickets(count: number): Promise<Actor> {
      const owner = await signUpOwner(api);
      for (let k = 0; k < count; k++) {
        for (let i = 0; i <= k % 4; i++)
          await createTicket(api, owner, {
            requesterEmail: `batch-${String(k).padStart(2, '0')}@x.com`,
            subject: `T${k}.${i}`,
          });
        await createTicket(api, owner, { requesterEmail: `other-${k}@x.com` });
      }
      return owner;
    }

    it('answers each requester’s page and total as a lookup of that requester alone does', async () => {
      const owner = await requestersWithTickets(6);
      const listed = (await api.ok(PAGES, { w: owner.workspaceId, s: 'batch-', n: 20 }, { as: owner.token }))
        .requesters;
      expect(listed.map((r: { email: string }) => r.email)).toEqual(
        ['00', '01', '02', '03', '04', '05'].map((k) => `batch-${k}@x.com`),
      );
      for (const requester of listed) {
        const alone = await lookup(owner, requester.email, 2);
        expect(requester.tickets.totalCount).toBe(alone.tickets.totalCount);
        expect(requester.tickets.pageInfo).toEqual(alone.tickets.pageInfo);
        expect(requester.tickets.nodes.map((n: { id: string }) => n.id)).toEqual(
          alone.tickets.nodes.map((n: { id: string }) => n.id),
        );
        for (const node of requester.tickets.nodes) expect(node.requester.email).toBe(requester.email);
      }
      expect(listed.map((r: { tickets: { totalCount: number } }) => r.tickets.totalCount)).toEqual([
        1, 2, 3, 4, 1, 2,
      ]);
    });

    it('reads them in as many statements for 20 requesters as for 2', async () => {
      const owner = await requestersWithTickets(20);
      const statements = async (n: number) => {
        let listed = 0;
        const sent = await statementsDuring(api.db, async () => {
          listed = (await api.ok(PAGES, { w: owner.workspaceId, s: 'batch-', n }, { as: owner.token }))
            .requesters.length;
        });
        return { listed, statements: sent.length };
      };
      const [two, twenty] = [await statements(2), await statements(20)];
      expect([two.listed, twenty.listed]).toEqual([2, 20]);
      // token, requesters, their pages (one UNION ALL) and their totals; the page's requesters were joined in
      expect(twenty.statements).toBe(two.statements);
      expect(twenty.statements).toBe(4);
    });

    it('keeps apart two pages of the same requester and answers the others when one cursor is bad', async () => {
      const owner = await requestersWithTickets(4);
      const first = (await lookup(owner, 'batch-03@x.com', 2)).tickets;
      const res = await api.execute(
        `query ($w: ID!, $after: String!) {
          head: requester(workspaceId: $w, email: "batch-03@x.com") {
            one: tickets(first: 2) { nodes { id } }
            two: tickets(first: 2, after: $after) { pageInfo { hasNextPage } nodes { id } }
          }
          other: requester(workspaceId: $w, email: "batch-02@x.com") { tickets(first: 5) { totalCount } }
          bad: requester(workspaceId: $w, email: "batch-01@x.com") { tickets(first: 5, after: "garbage") { totalCount } }
        }`,
        { w: owner.workspaceId, after: first.pageInfo.endCursor },
        { as: owner.token },
      );
      const all = (await lookup(owner, 'batch-03@x.com', 4)).tickets.nodes.map((n: { id: string }) => n.id);
      expect(res.data?.head).toEqual({
        one: { nodes: all.slice(0, 2).map((id: string) => ({ id })) },
        two: { pageInfo: { hasNextPage: false }, nodes: all.slice(2).map((id: string) => ({ id })) },
      });
      expect(res.data?.other).toEqual({ tickets: { totalCount: 3 } });
      expect(res.data?.bad).toBeNull();
      expect(
        res.errors?.map((e) => ({ path: e.path, code: e.extensions?.code, field: e.extensions?.field })),
      ).toEqual([{ path: ['bad', 'tickets'], code: 'BAD_USER_INPUT', field: 'after' }]);
    });
  });

  it('needs a token and membership of the workspace', async () => {
    const owner = await signUpOwner(api);
    await createTicket(api, owner, { requesterEmail: 'pat@x.com' });
    expect(errorOf(await api.execute(REQUESTER, { w: owner.workspaceId, e: 'pat@x.com' }))).toEqual({
      code: 'UNAUTHENTICATED',
    });
    expect(
      errorOf(await api.execute(REQUESTER, { w: '987654321', e: 'pat@x.com' }, { as: owner.token })),
    ).toEqual({ code: 'NOT_FOUND' });
  });
});
