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
  const agents = [
    owner,
    await addAgent(api, owner, { name: 'Alice' }),
    await addAgent(api, owner, { name: 'Bob' }),
  ];
  const categories = [await createCategory(api, owner, 'Billing'), await createCategory(api, owner, 'Bugs')];
  for (let i = 0; i < count; i++) {
    const ticket = await createTicket(api, agents[i % 3] as Actor, {
      requesterEmail: `customer-${i}@example.com`,
      categoryId: i % 4 === 0 ? null : categories[i % 2]?.id,
      assigneeId: i % 5 === 0 ? null : (agents[(i + 1) % 3] as Actor).memberId,
    });
    if (i % 7 === 0)
      await api.ok(
        REPLY,
        { input: { ticketId: ticket.id, body: `reply ${i}` } },
        { as: (agents[i % 3] as Actor).token },
      );
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
    // Constant and small: token with memberships, page (requesters and assignees joined in), count,
    // then one batched query per other kind of link.
    expect(hundred.queries.length).toBeLessThanOrEqual(12);
    // The counter really sees the server's SQL: the page, its total and the batched look-ups.
    expect(hundred.queries.some((q) => /FROM [`"]?ticket_counts/i.test(q))).toBe(true);
    expect(hundred.queries.some((q) => /FROM [`"]?tickets/i.test(q) && /JOIN [`"]?requesters/i.test(q))).toBe(
      true,
    );
    expect(
      hundred.queries.some((q) => /FROM [`"]?messages/i.test(q) && /\bIN\b|\bUNION ALL\b/i.test(q)),
    ).toBe(true);
  });

  it('counts the same for every page size of a view and for the unassigned queue', async () => {
    const owner = await workspaceWith(30);
    const counts: number[] = [];
    for (const first of [1, 10, 30]) {
      for (const query of [
        `query ($w: ID!, $f: Int) { tickets(workspaceId: $w, view: INBOX, first: $f) { nodes { id requester { id } assignee { id name } category { id } createdBy { id } workspace { id } } } }`,
        `query ($w: ID!, $f: Int) { unassignedQueue(workspaceId: $w, first: $f) { nodes { id requester { id } assignee { id name } category { id } createdBy { id } workspace { id } } } }`,
      ]) {
        counts.push(
          (
            await statementsDuring(api.db, () =>
              api.ok(query, { w: owner.workspaceId, f: first }, { as: owner.token }),
            )
          ).length,
        );
      }
    }
    // Bounded whatever first is: token with memberships, page with requesters and assignees, total,
    // then one batch each for categories, creators (fewer when all of them were assignees too) and workspace.
    expect(counts).toHaveLength(6);
    for (const count of counts) expect(count).toBeLessThanOrEqual(6);
    expect(Math.max(...counts.slice(2))).toBeLessThanOrEqual(Math.max(...counts.slice(0, 2)));
  });

  it('answers a list as the inbox shows it (requester and assignee) in 3 statements, whatever its length', async () => {
    const owner = await workspaceWith(30);
    const ROW =
      'nodes { id reference subject priority status createdAt requester { id name email } assignee { id name } }';
    const lists = [
      `query ($w: ID!, $f: Int) { tickets(workspaceId: $w, view: ALL, first: $f) { totalCount pageInfo { endCursor hasNextPage } ${ROW} } }`,
      `query ($w: ID!, $f: Int) { tickets(workspaceId: $w, view: MINE, first: $f) { totalCount pageInfo { endCursor hasNextPage } ${ROW} } }`,
      `query ($w: ID!, $f: Int) { unassignedQueue(workspaceId: $w, first: $f) { totalCount pageInfo { endCursor hasNextPage } ${ROW} } }`,
    ];
    for (const query of lists) {
      for (const first of [1, 25, 100]) {
        let rows: { requester: { email: string }; assignee: { name: string } | null }[] = [];
        const statements = await statementsDuring(api.db, async () => {
          const data = await api.ok(query, { w: owner.workspaceId, f: first }, { as: owner.token });
          rows = (data.tickets ?? data.unassignedQueue).nodes;
        });
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) expect(row.requester.email).toMatch(/^customer-\d+@example\.com$/);
        // token with memberships, the page with its people, the total
        expect(statements).toHaveLength(3);
      }
    }
  });
});

describe('statements per write', () => {
  const CREATE = `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id reference requester { id email name } assignee { id name } createdBy { id } } }`;
  const REPLY_AS_INBOX = `mutation ($input: ReplyInput!) { replyToTicket(input: $input) { claimed message { id } ticket { id updatedAt assignee { id name } } } }`;

  const transactionControl = (statements: string[]) =>
    statements.filter((q) => /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SET TRANSACTION)/i.test(q));

  it('creates a ticket in one transaction of 11 statements, the payload read from what the transaction already holds', async () => {
    const owner = await signUpOwner(api);
    const statements = await statementsDuring(api.db, async () => {
      const data = await api.ok(
        CREATE,
        {
          input: {
            workspaceId: owner.workspaceId,
            requesterEmail: 'new-one@example.com',
            requesterName: 'New One',
            subject: 'Printer',
          },
        },
        { as: owner.token },
      );
      expect(data.createTicket.requester).toEqual({
        id: expect.any(String),
        email: 'new-one@example.com',
        name: 'New One',
      });
      expect(data.createTicket.assignee).toEqual({ id: owner.memberId, name: expect.any(String) });
    });
    // token with memberships; then BEGIN, number, assignee lock, requester upsert and read, ticket, history, the assignee's
    // and the workspace's counts, COMMIT
    expect(statements).toHaveLength(11);
    expect(transactionControl(statements)).toHaveLength(2);
  });

  it('replies in 11 statements when it claims the ticket and in 9 when not', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    const open = await createTicket(api, owner, { assigneeId: null });
    const assigned = await createTicket(api, owner, { assigneeId: owner.memberId });
    const reply = async (ticketId: string, as: Actor) => {
      let claimed = false;
      const statements = await statementsDuring(api.db, async () => {
        const data = await api.ok(REPLY_AS_INBOX, { input: { ticketId, body: 'On it.' } }, { as: as.token });
        claimed = data.replyToTicket.claimed;
      });
      return { claimed, statements };
    };
    const claim = await reply(open.id, alice);
    expect(claim.claimed).toBe(true);
    // token; ticket; then BEGIN, author lock, claim, re-read, history, message, the author's and the workspace's counts,
    // COMMIT (assignee = author: no read)
    expect(claim.statements).toHaveLength(11);
    const plain = await reply(assigned.id, alice);
    expect(plain.claimed).toBe(false);
    // token; ticket; BEGIN, author lock, lock (touch updated_at) and re-read, message, COMMIT; the assignee (the owner) is read
    expect(plain.statements).toHaveLength(9);
  });
});
