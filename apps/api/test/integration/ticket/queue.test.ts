import { addAgent, createTicket, signUpOwner, type Actor } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';
import { ASSIGN, errorOf, QUEUE, queueIds, REPLY, UPDATE, walk, type Connection } from './helpers';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const queuePage = async (actor: Actor, first: number, after: string | null): Promise<Connection> =>
  (await api.ok(QUEUE, { w: actor.workspaceId, first, after }, { as: actor.token })).unassignedQueue;

/** Creates unassigned tickets with these priorities, in this order; returns them by subject. */
async function createQueue(actor: Actor, priorities: string[]): Promise<Record<string, string>> {
  const bySubject: Record<string, string> = {};
  const count: Record<string, number> = {};
  for (const priority of priorities) {
    count[priority] = (count[priority] ?? 0) + 1;
    const subject = `${priority}${count[priority]}`;
    bySubject[subject] = (await createTicket(api, actor, { subject, priority, assigneeId: null })).id;
  }
  return bySubject;
}

describe('unassignedQueue', () => {
  it('orders URGENT, HIGH, NORMAL, LOW and oldest first within a priority, leaving out assigned and closed tickets', async () => {
    const owner = await signUpOwner(api);
    await createQueue(owner, [
      'LOW',
      'URGENT',
      'NORMAL',
      'HIGH',
      'URGENT',
      'LOW',
      'NORMAL',
      'HIGH',
      'URGENT',
    ]);
    await createTicket(api, owner, { subject: 'assigned URGENT', priority: 'URGENT' });
    const solved = await createTicket(api, owner, {
      subject: 'solved URGENT',
      priority: 'URGENT',
      assigneeId: null,
    });
    await api.ok(UPDATE, { input: { ticketId: solved.id, status: 'SOLVED' } }, { as: owner.token });

    const page = await queuePage(owner, 100, null);

    expect(page.nodes.map((n) => [n.subject, n.priority])).toEqual([
      ['URGENT1', 'URGENT'],
      ['URGENT2', 'URGENT'],
      ['URGENT3', 'URGENT'],
      ['HIGH1', 'HIGH'],
      ['HIGH2', 'HIGH'],
      ['NORMAL1', 'NORMAL'],
      ['NORMAL2', 'NORMAL'],
      ['LOW1', 'LOW'],
      ['LOW2', 'LOW'],
    ]);
    expect([page.totalCount, page.pageInfo.hasNextPage]).toEqual([9, false]);
  });

  it('pages with first/after across priority boundaries without duplicates or gaps', async () => {
    const owner = await signUpOwner(api);
    await createQueue(owner, [
      'NORMAL',
      'LOW',
      'URGENT',
      'HIGH',
      'NORMAL',
      'URGENT',
      'LOW',
      'HIGH',
      'NORMAL',
      'LOW',
      'URGENT',
    ]);
    const full = (await queuePage(owner, 100, null)).nodes.map((n) => n.subject);
    expect(full).toEqual([
      'URGENT1',
      'URGENT2',
      'URGENT3',
      'HIGH1',
      'HIGH2',
      'NORMAL1',
      'NORMAL2',
      'NORMAL3',
      'LOW1',
      'LOW2',
      'LOW3',
    ]);
    const fullIds = (await queuePage(owner, 100, null)).nodes.map((n) => n.id);

    for (const size of [1, 2, 3, 4, 10, 11]) {
      const { ids, pages } = await walk((after) => queuePage(owner, size, after), size);
      expect({ size, ids }).toEqual({ size, ids: fullIds });
      expect(pages.length).toBe(Math.ceil(11 / size));
    }
  });

  it('follows changes: raising a priority moves a ticket up, claiming or assigning takes it out', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    const t = await createQueue(owner, ['NORMAL', 'NORMAL', 'NORMAL', 'LOW']);
    expect(await queueIds(api, owner)).toEqual([t.NORMAL1, t.NORMAL2, t.NORMAL3, t.LOW1]);

    await api.ok(UPDATE, { input: { ticketId: t.LOW1, priority: 'URGENT' } }, { as: owner.token });
    expect(await queueIds(api, owner)).toEqual([t.LOW1, t.NORMAL1, t.NORMAL2, t.NORMAL3]);

    await api.ok(REPLY, { input: { ticketId: t.NORMAL1, body: 'I will take it' } }, { as: alice.token });
    await api.ok(ASSIGN, { t: t.NORMAL3, a: owner.memberId }, { as: owner.token });
    await api.ok(
      REPLY,
      { input: { ticketId: t.NORMAL2, body: 'internal only', internal: true } },
      { as: alice.token },
    );
    expect(await queueIds(api, owner)).toEqual([t.LOW1, t.NORMAL2]);
  });

  it('continues correctly from a cursor after the page it came from changed', async () => {
    const owner = await signUpOwner(api);
    const t = await createQueue(owner, ['HIGH', 'HIGH', 'NORMAL', 'NORMAL', 'LOW']);
    const first = await queuePage(owner, 2, null);
    expect(first.nodes.map((n) => n.id)).toEqual([t.HIGH1, t.HIGH2]);
    await createQueue(owner, ['URGENT']); // sorts before the cursor: not on later pages
    const rest = await walk((after) => queuePage(owner, 2, after ?? first.pageInfo.endCursor), 2);
    expect(rest.ids).toEqual([t.NORMAL1, t.NORMAL2, t.LOW1]);
  });

  it('refuses first outside 1..100 (field first) and a foreign cursor (field after)', async () => {
    const owner = await signUpOwner(api);
    await createQueue(owner, ['LOW']);
    for (const first of [0, 101]) {
      expect(errorOf(await api.execute(QUEUE, { w: owner.workspaceId, first }, { as: owner.token }))).toEqual(
        { code: 'BAD_USER_INPUT', field: 'first' },
      );
    }
    const cursorWithoutPriority = Buffer.from(JSON.stringify({ id: 5 })).toString('base64url');
    for (const after of ['garbage', cursorWithoutPriority]) {
      expect(
        errorOf(await api.execute(QUEUE, { w: owner.workspaceId, first: 5, after }, { as: owner.token })),
      ).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('is empty for a workspace whose tickets are all assigned', async () => {
    const owner = await signUpOwner(api);
    await createTicket(api, owner, { priority: 'URGENT' });
    expect(await queuePage(owner, 10, null)).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
      nodes: [],
    });
  });
});
