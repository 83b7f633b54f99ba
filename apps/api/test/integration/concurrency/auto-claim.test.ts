import { addAgent, createTicket, signUpOwner, type Actor } from '../../support/factories';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../support/test-server';

/**
 * Auto-claim on first reply under real concurrency: many agents reply to one unassigned ticket at
 * once over HTTP; exactly one of them claims it, in the same transaction as their reply.
 */
let api: TestApi;
let owner: Actor;
let agents: Actor[];
const AGENTS = 50;

beforeAll(async () => {
  api = await startTestApi();
  owner = await signUpOwner(api);
  agents = [];
  // In batches: each addAgent hashes and verifies a password (scrypt), which is deliberately slow.
  for (let i = 0; i < AGENTS; i += 10) {
    agents.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(10, AGENTS - i) }, (_, j) =>
          addAgent(api, owner, { name: `Agent ${i + j + 1}` }),
        ),
      )),
    );
  }
}, 120_000);
afterAll(() => api.close());

const REPLY = `mutation ($input: ReplyInput!) { replyToTicket(input: $input) { claimed message { id internal authorMember { id } } ticket { id assignee { id } } } }`;
const TICKET = `query ($id: ID!) {
  ticket(id: $id) {
    assignee { id }
    messages { id body internal authorMember { id } }
    assignmentHistory { via actor { id } from { id } to { id } }
  }
}`;

interface Reply {
  claimed: boolean;
  message: { id: string; internal: boolean; authorMember: { id: string } };
  ticket: { id: string; assignee: { id: string } | null };
}

function reply(
  actor: Actor,
  ticketId: string,
  body: string,
  internal?: boolean,
): Promise<GraphQLResponse<{ replyToTicket: Reply }>> {
  return api.execute<{ replyToTicket: Reply }>(
    REPLY,
    { input: { ticketId, body, ...(internal === undefined ? {} : { internal }) } },
    { as: actor.token },
  );
}

function replies(responses: GraphQLResponse<{ replyToTicket: Reply }>[]): Reply[] {
  expect(responses.flatMap((r) => r.errors ?? [])).toEqual([]);
  return responses.map((r) => r.data!.replyToTicket);
}

async function unassignedTicket(): Promise<string> {
  const ticket = await createTicket(api, owner, { assigneeId: null });
  expect(ticket.assignee).toBeNull();
  return ticket.id;
}

async function stored(ticketId: string) {
  return (await api.ok(TICKET, { id: ticketId }, { as: owner.token })).ticket;
}

describe('auto-claim on first reply under concurrent replies', () => {
  it('lets exactly one of 50 agents replying at once claim, round after round', async () => {
    for (let round = 1; round <= 5; round++) {
      const ticketId = await unassignedTicket();
      const results = replies(
        await Promise.all(agents.map((agent, i) => reply(agent, ticketId, `round ${round} reply ${i}`))),
      );

      const winners = results.filter((r) => r.claimed);
      expect(winners).toHaveLength(1);
      const winner = winners[0]!.message.authorMember.id;
      // Every reply, won or lost, committed after the claim and answers with the winner as assignee.
      for (const r of results) expect(r.ticket.assignee).toEqual({ id: winner });

      const ticket = await stored(ticketId);
      expect(ticket.assignee).toEqual({ id: winner });
      expect(ticket.messages).toHaveLength(AGENTS);
      expect(new Set(ticket.messages.map((m: { id: string }) => m.id))).toEqual(
        new Set(results.map((r) => r.message.id)),
      );
      expect(
        new Set(ticket.messages.map((m: { authorMember: { id: string } }) => m.authorMember.id)),
      ).toEqual(new Set(agents.map((a) => a.memberId)));
      expect(ticket.messages.every((m: { internal: boolean }) => !m.internal)).toBe(true);
      expect(ticket.assignmentHistory).toEqual([
        { via: 'CREATE', actor: { id: owner.memberId }, from: null, to: null },
        { via: 'CLAIM', actor: { id: winner }, from: null, to: { id: winner } },
      ]);
    }
  });

  it('never claims with internal notes: 50 concurrent notes leave the ticket unassigned', async () => {
    const ticketId = await unassignedTicket();
    const results = replies(
      await Promise.all(agents.map((agent, i) => reply(agent, ticketId, `note ${i}`, true))),
    );

    expect(results.filter((r) => r.claimed)).toEqual([]);
    for (const r of results) expect(r.ticket.assignee).toBeNull();
    const ticket = await stored(ticketId);
    expect(ticket.assignee).toBeNull();
    expect(ticket.messages).toHaveLength(AGENTS);
    expect(ticket.messages.every((m: { internal: boolean }) => m.internal)).toBe(true);
    expect(ticket.assignmentHistory).toEqual([
      { via: 'CREATE', actor: { id: owner.memberId }, from: null, to: null },
    ]);
  });

  it('lets only a public reply claim when notes and replies race: exactly one claim, by a reply author', async () => {
    for (let round = 1; round <= 3; round++) {
      const ticketId = await unassignedTicket();
      // Alternating, and the notes go first: two of every three requests are internal notes.
      const internal = agents.map((_, i) => i % 3 !== 2);
      const results = replies(
        await Promise.all(
          agents.map((agent, i) => reply(agent, ticketId, `mixed ${round}.${i}`, internal[i])),
        ),
      );

      results.forEach((r, i) => {
        expect(r.message.internal).toBe(internal[i]);
        if (internal[i]) expect(r.claimed).toBe(false);
      });
      const winners = results.filter((r) => r.claimed);
      expect(winners).toHaveLength(1);
      const winner = winners[0]!.message.authorMember.id;
      const publicAuthors = agents.filter((_, i) => !internal[i]).map((a) => a.memberId);
      expect(publicAuthors).toContain(winner);

      const ticket = await stored(ticketId);
      expect(ticket.assignee).toEqual({ id: winner });
      expect(ticket.messages).toHaveLength(AGENTS);
      expect(ticket.messages.filter((m: { internal: boolean }) => m.internal)).toHaveLength(
        internal.filter(Boolean).length,
      );
      expect(ticket.assignmentHistory.filter((e: { via: string }) => e.via === 'CLAIM')).toEqual([
        { via: 'CLAIM', actor: { id: winner }, from: null, to: { id: winner } },
      ]);
      expect(ticket.assignmentHistory).toHaveLength(2);
    }
  });

  it('does not claim a ticket that is already assigned, whoever replies at once', async () => {
    const ticketId = (await createTicket(api, owner)).id;
    const results = replies(
      await Promise.all(agents.map((agent, i) => reply(agent, ticketId, `late ${i}`, i % 2 === 0))),
    );
    expect(results.filter((r) => r.claimed)).toEqual([]);
    const ticket = await stored(ticketId);
    expect(ticket.assignee).toEqual({ id: owner.memberId });
    expect(ticket.messages).toHaveLength(AGENTS);
    expect(ticket.assignmentHistory).toEqual([
      { via: 'CREATE', actor: { id: owner.memberId }, from: null, to: { id: owner.memberId } },
    ]);
  });
});
