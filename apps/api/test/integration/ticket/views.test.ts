import { addAgent, createTicket, signUpOwner, type Actor } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';
import { ASSIGN, errorOf, TICKETS, UPDATE, view, viewIds, walk, type View } from './helpers';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function createMany(
  actor: Actor,
  count: number,
  input: Record<string, unknown> = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++)
    ids.push((await createTicket(api, actor, { subject: `Ticket ${i + 1}`, ...input })).id);
  return ids;
}

const newestFirst = (ids: string[]) => [...ids].reverse();
const cursorOf = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

describe('tickets(view)', () => {
  it('INBOX, MINE, UNASSIGNED and ALL hold the right tickets, newest first, with matching totalCount', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    const ownersOpen = await createTicket(api, owner);
    const alicesOpen = await createTicket(api, owner, { assigneeId: alice.memberId });
    const unassignedOpen = await createTicket(api, owner, { assigneeId: null });
    const ownersSolved = await createTicket(api, owner);
    const unassignedClosed = await createTicket(api, owner, { assigneeId: null });
    const alicesPending = await createTicket(api, alice);
    await api.ok(UPDATE, { input: { ticketId: ownersSolved.id, status: 'SOLVED' } }, { as: owner.token });
    await api.ok(UPDATE, { input: { ticketId: unassignedClosed.id, status: 'CLOSED' } }, { as: owner.token });
    await api.ok(UPDATE, { input: { ticketId: alicesPending.id, status: 'PENDING' } }, { as: alice.token });

    const seen = async (actor: Actor, v: View) => {
      const page = await view(api, actor, v);
      return { ids: page.nodes.map((n) => n.id), totalCount: page.totalCount, pageInfo: page.pageInfo };
    };
    const expected = (ids: string[]) => ({
      ids,
      totalCount: ids.length,
      pageInfo: { hasNextPage: false, endCursor: ids.length ? expect.any(String) : null },
    });

    expect(await seen(owner, 'INBOX')).toEqual(
      expected([alicesPending.id, unassignedOpen.id, alicesOpen.id, ownersOpen.id]),
    );
    expect(await seen(owner, 'MINE')).toEqual(expected([ownersOpen.id]));
    expect(await seen(alice, 'MINE')).toEqual(expected([alicesPending.id, alicesOpen.id]));
    expect(await seen(owner, 'UNASSIGNED')).toEqual(expected([unassignedOpen.id]));
    expect(await seen(owner, 'ALL')).toEqual(
      expected([
        alicesPending.id,
        unassignedClosed.id,
        ownersSolved.id,
        unassignedOpen.id,
        alicesOpen.id,
        ownersOpen.id,
      ]),
    );
    // INBOX is the default view; every member sees the same INBOX.
    const byDefault = await api.ok(
      `query ($w: ID!) { tickets(workspaceId: $w) { nodes { id } } }`,
      { w: owner.workspaceId },
      { as: alice.token },
    );
    expect(byDefault.tickets.nodes.map((n: { id: string }) => n.id)).toEqual(
      (await seen(owner, 'INBOX')).ids,
    );
  });

  it('returns an empty connection for a workspace with no tickets', async () => {
    const owner = await signUpOwner(api);
    for (const v of ['INBOX', 'MINE', 'UNASSIGNED', 'ALL'] as const) {
      expect(await view(api, owner, v, 10)).toEqual({
        totalCount: 0,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [],
        nodes: [],
      });
    }
  });

  it('pages through every view with first/after: no duplicates, no gaps, totalCount on every page', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    const unassigned = await createMany(owner, 7, { assigneeId: null });
    const alices = await createMany(owner, 6, { assigneeId: alice.memberId });
    const owners = await createMany(owner, 8);
    const all = [...unassigned, ...alices, ...owners]
      .map(Number)
      .sort((a, b) => a - b)
      .map(String);

    const cases: [Actor, View, string[]][] = [
      [owner, 'ALL', all],
      [owner, 'INBOX', all],
      [owner, 'MINE', owners],
      [alice, 'MINE', alices],
      [owner, 'UNASSIGNED', unassigned],
    ];
    for (const [actor, v, ids] of cases) {
      for (const size of [1, 4, 5, ids.length, 100]) {
        const { ids: walked, pages } = await walk((after) => view(api, actor, v, size, after), size);
        expect({ v, size, walked }).toEqual({ v, size, walked: newestFirst(ids) });
        expect(pages.length).toBe(Math.max(1, Math.ceil(ids.length / size)));
      }
    }
  });

  it('keeps its place when tickets are added or closed while paging (keyset, not offset)', async () => {
    const owner = await signUpOwner(api);
    const ids = await createMany(owner, 10);
    const first = await view(api, owner, 'INBOX', 4);
    expect(first.nodes.map((n) => n.id)).toEqual(newestFirst(ids).slice(0, 4));

    await createMany(owner, 3); // newer than everything: must not show up on later pages
    await api.ok(UPDATE, { input: { ticketId: ids[0], status: 'CLOSED' } }, { as: owner.token }); // the oldest leaves INBOX

    const rest = await walk((after) => view(api, owner, 'INBOX', 4, after ?? first.pageInfo.endCursor), 4);
    expect(rest.ids).toEqual(newestFirst(ids).slice(4, 9));
  });

  it('defaults first to 25 and accepts first 100', async () => {
    const owner = await signUpOwner(api);
    const ids = await createMany(owner, 27);
    const byDefault = await api.ok(
      `query ($w: ID!) { tickets(workspaceId: $w, view: ALL) { totalCount pageInfo { hasNextPage } nodes { id } } }`,
      { w: owner.workspaceId },
      { as: owner.token },
    );
    expect(byDefault.tickets.nodes.map((n: { id: string }) => n.id)).toEqual(newestFirst(ids).slice(0, 25));
    expect([byDefault.tickets.totalCount, byDefault.tickets.pageInfo.hasNextPage]).toEqual([27, true]);
    const hundred = await view(api, owner, 'ALL', 100);
    expect(hundred.nodes.map((n) => n.id)).toEqual(newestFirst(ids));
  });

  it('refuses first outside 1..100 with BAD_USER_INPUT on first', async () => {
    const owner = await signUpOwner(api);
    await createTicket(api, owner);
    for (const first of [0, 101, -1, 1000000]) {
      const res = await api.execute(
        TICKETS,
        { w: owner.workspaceId, view: 'ALL', first },
        { as: owner.token },
      );
      expect({ first, error: errorOf(res) }).toEqual({
        first,
        error: { code: 'BAD_USER_INPUT', field: 'first' },
      });
    }
  });

  it('refuses a cursor it did not hand out with BAD_USER_INPUT on after', async () => {
    const owner = await signUpOwner(api);
    await createMany(owner, 2);
    const garbage = [
      'garbage',
      '!!!not base64!!!',
      '',
      cursorOf('null'),
      cursorOf('[1]'),
      cursorOf({ id: 'x' }),
      cursorOf({ id: 1.5 }),
      cursorOf({ other: 3 }),
      'eyJpZCI6',
    ];
    for (const after of garbage) {
      const res = await api.execute(
        TICKETS,
        { w: owner.workspaceId, view: 'ALL', first: 5, after },
        { as: owner.token },
      );
      expect({ after, error: errorOf(res) }).toEqual({
        after,
        error: { code: 'BAD_USER_INPUT', field: 'after' },
      });
    }
  });

  it('needs a token (UNAUTHENTICATED) and a workspace the viewer belongs to (NOT_FOUND)', async () => {
    const owner = await signUpOwner(api);
    expect(errorOf(await api.execute(TICKETS, { w: owner.workspaceId, view: 'ALL', first: 5 }))).toEqual({
      code: 'UNAUTHENTICATED',
    });
    expect(
      errorOf(await api.execute(TICKETS, { w: '987654321', view: 'ALL', first: 5 }, { as: owner.token })),
    ).toEqual({ code: 'NOT_FOUND' });
    expect(
      errorOf(await api.execute(TICKETS, { w: 'abc', view: 'ALL', first: 5 }, { as: owner.token })),
    ).toEqual({ code: 'NOT_FOUND' });
  });

  it('moves a ticket between MINE lists as it is reassigned, without touching INBOX order', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    const [a, b, c] = await createMany(owner, 3);
    await api.ok(ASSIGN, { t: b, a: alice.memberId }, { as: owner.token });
    expect(await viewIds(api, owner, 'MINE')).toEqual([c, a]);
    expect(await viewIds(api, alice, 'MINE')).toEqual([b]);
    expect(await viewIds(api, owner, 'INBOX')).toEqual([c, b, a]);
  });
});
