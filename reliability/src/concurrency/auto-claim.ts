import { Checks } from '../lib/checks';
import {
  addAgents,
  CREATE_TICKET,
  signUpOwner,
  uniqueEmail,
  REPLY,
  type CreatedTicket,
  type ReplyPayload,
} from '../lib/fixtures';
import { describeFailure, type CallResult } from '../lib/graphql';
import type { ScenarioOptions, ScenarioResult } from './scenario';

const STORED_TICKET = `query ($id: ID!) {
  ticket(id: $id) { assignee { id } messages { id authorMember { id } } assignmentHistory { via from { id } to { id } } }
}`;

interface StoredTicket {
  ticket: {
    assignee: { id: string } | null;
    messages: { id: string; authorMember: { id: string } | null }[];
    assignmentHistory: { via: string; from: { id: string } | null; to: { id: string } | null }[];
  } | null;
}

/**
 * (a) Auto-claim: `agents` agents reply at the same moment to one unassigned ticket, `rounds` times.
 * Each round: exactly one reply says claimed:true, every reply is stored, the ticket has exactly one
 * assignee (the claimer) and its history exactly one CLAIM after its CREATE.
 */
export async function autoClaim(
  { clients, label }: ScenarioOptions,
  rounds: number,
  agentCount: number,
): Promise<ScenarioResult> {
  const setupClient = clients.first;
  const owner = await signUpOwner(setupClient, `${label} auto-claim`);
  const agents = await addAgents(setupClient, owner, agentCount);
  const checks = new Checks(`auto-claim (${label})`);
  const latencies: number[] = [];
  let unexpectedErrors = 0;
  const started = performance.now();

  for (let round = 1; round <= rounds; round++) {
    const created = await clients.pick().call<{ createTicket: CreatedTicket }>(
      CREATE_TICKET,
      {
        input: {
          workspaceId: owner.workspaceId,
          requesterEmail: uniqueEmail('customer'),
          subject: `Round ${round}`,
          assigneeId: null,
        },
      },
      owner.token,
    );
    if (!created.ok || !created.data) {
      unexpectedErrors++;
      checks.expect(false, `round ${round}: createTicket failed: ${describeFailure(created)}`);
      continue;
    }
    const ticketId = created.data.createTicket.id;

    const replies: CallResult<{ replyToTicket: ReplyPayload }>[] = await Promise.all(
      agents.map((agent, i) =>
        clients
          .pick()
          .call<{ replyToTicket: ReplyPayload }>(
            REPLY,
            { input: { ticketId, body: `round ${round} reply ${i}` } },
            agent.token,
          ),
      ),
    );
    latencies.push(...replies.map((r) => r.ms));
    const failed = replies.filter((r) => !r.ok);
    unexpectedErrors += failed.length;
    for (const f of failed.slice(0, 3))
      checks.expect(false, `round ${round}: a reply failed: ${describeFailure(f)}`);

    const payloads = replies.flatMap((r) => (r.ok && r.data ? [r.data.replyToTicket] : []));
    const winners = payloads.filter((p) => p.claimed);
    checks.equal(winners.length, 1, `round ${round}: replies with claimed:true`);
    const winner = winners[0]?.message.authorMember?.id ?? null;

    const stored = (await clients.first.ok<StoredTicket>(STORED_TICKET, { id: ticketId }, owner.token))
      .ticket;
    if (!checks.expect(stored !== null, `round ${round}: ticket ${ticketId} cannot be read back`) || !stored)
      continue;
    checks.equal(stored.assignee?.id ?? null, winner, `round ${round}: stored assignee is the one claimer`);
    checks.equal(
      payloads.filter((p) => p.ticket.assignee?.id !== winner).length,
      0,
      `round ${round}: replies answering with another assignee than the claimer`,
    );
    checks.equal(stored.messages.length, agentCount, `round ${round}: stored replies`);
    checks.equal(
      [...new Set(stored.messages.map((m) => m.id))].sort(),
      payloads.map((p) => p.message.id).sort(),
      `round ${round}: stored reply ids are the acknowledged ones`,
    );
    checks.equal(
      stored.assignmentHistory.map((e) => `${e.via}:${e.from?.id ?? '-'}>${e.to?.id ?? '-'}`),
      ['CREATE:->-', `CLAIM:->${winner ?? '?'}`],
      `round ${round}: assignment history`,
    );
  }

  return {
    scenario: '(a) auto-claim',
    rounds,
    concurrency: agentCount,
    requests: rounds * (agentCount + 1),
    expectedErrors: 0,
    unexpectedErrors,
    durationMs: performance.now() - started,
    latencies,
    failures: checks.failures,
  };
}
