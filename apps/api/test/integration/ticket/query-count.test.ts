import { statementsDuring } from '../../support/database-probes';
import { addAgent, createTicket, signUpOwner, type Actor } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';
import { createCategory, REPLY } from './helpers';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());


// first is a variable, as the web client sends it; a full page of 100 with all these links stays
// within the query cost limit.
const LIST = `query ($w: ID!, $first: Int!) {
  tickets(workspaceId: $w, view: ALL, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor }
    nodes {
      id number reference subject status priority createdAt
      workspace { id name slug }
      requester { id email name }
      assignee { id name email role active agent { id email } }
      category { id name }
      createdBy { id name email }
      messages { id internal authorMember { id name } }
      assignmentHistory { via actor { id } from { id } to { id } }
    }
  }
}`;

/** A workspace with `count` tickets, each with its own requester, spread over members, categories and states. */
async function workspaceWith(count: number): Promise<Actor> {
  const owner = await signUpOwner(api);
  const agents = [owner, await addAgent(api, owner, { name: 'Alice' }), await addAgent(api, owner, { name: 'Bob' })];
  const categories = [await createCategory(api, owner, 'Billing'), await createCategory(api, owner, 'Bugs')];
  for (let i = 0; i < count; i++) {
    const ticket = await createTicket(api, agents[i % 3] as Actor, {
      requesterEmail: `customer-${i}@example.com`,
      categoryId: i % 4 === 0 ? null : categories[i % 2]?.id,
      assigneeId: i % 5 === 0 ? null : (agents[(i + 1) % 3] as Actor).memberId,
    });
    if (i % 7 === 0) await api.ok(REPLY, { input: { ticketId: ticket.id, body: `reply ${i}` } }, { as: (agents[i % 3] as Actor).token });
  }
  return owner;
}

describe('query count', () => {
  it('lists 100 tickets with requester, assignee, category, createdBy and workspace in as many queries as 10', async () => {
    const small = await workspaceWith(10);
    const large = await workspaceWith(100);

    const run = async (actor: Actor) => {
      let nodes = 0;
      const queries = await statementsDuring(api.db, async () => {
        const data = await api.ok(LIST, { w: actor.workspaceId, first: 100 }, { as: actor.token });
        nodes = data.tickets.nodes.length;
        // Every link was really resolved, so the loaders did run for all of them.
        for (const t of data.tickets.nodes) {
          expect(t.workspace.id).toBe(actor.workspaceId);
          expect(t.requester.email).toMatch(/^customer-\d+@example\.com$/);
          expect(t.createdBy).not.toBeNull();
        }
      });
      return { nodes, queries };
    };

    const ten = await run(small);
    const hundred = await run(large);

    expect([ten.nodes, hundred.nodes]).toEqual([10, 100]);
    expect(hundred.queries.length).toBe(ten.queries.length);
    // Constant and small: token, membership, page, count, then one batched query per kind of link.
    expect(hundred.queries.length).toBeLessThanOrEqual(15);
    // The counter really sees the server's SQL: the page, its total and the batched look-ups.
    expect(hundred.queries.filter((q) => /FROM [`"]?tickets/i.test(q)).length).toBeGreaterThanOrEqual(2);
    expect(hundred.queries.some((q) => /FROM [`"]?requesters/i.test(q) && /\bIN\b/i.test(q))).toBe(true);
  });

  it('counts the same for every page size of a view and for the unassigned queue', async () => {
    const owner = await workspaceWith(30);
    const counts: number[] = [];
    for (const first of [1, 10, 30]) {
      for (const query of [
        `query ($w: ID!, $f: Int) { tickets(workspaceId: $w, view: INBOX, first: $f) { nodes { id requester { id } assignee { id name } category { id } createdBy { id } workspace { id } } } }`,
        `query ($w: ID!, $f: Int) { unassignedQueue(workspaceId: $w, first: $f) { nodes { id requester { id } assignee { id name } category { id } createdBy { id } workspace { id } } } }`,
      ]) {
        counts.push((await statementsDuring(api.db, () => api.ok(query, { w: owner.workspaceId, f: first }, { as: owner.token }))).length);
      }
    }
    // The queue has no assignee to load, so it may need one query fewer than the view; each stays constant in first.
    const [view1, queue1] = counts;
    expect(counts).toEqual([view1, queue1, view1, queue1, view1, queue1]);
  });
});
