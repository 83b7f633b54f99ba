import { reference } from '../lib/bench-tokens';
import { pick } from '../lib/random';
import type { Agent, BenchFixture, TicketRef } from './bench-fixture';
import * as ops from './graphql-operations';
import type { HttpScenario } from './http-load';

export type ScenarioId =
  | 'createTicket-new-requester'
  | 'createTicket-existing-requester'
  | 'reply-claim'
  | 'reply-assigned'
  | 'assignTicket'
  | 'queue-first-page'
  | 'queue-deep-page'
  | 'tickets-mine'
  | 'ticketByReference'
  | 'typename';

const random = Math.random;
const PAGE = 25;

function agentOf(fixture: BenchFixture, workspaceId: number): Agent {
  return pick(random, fixture.agentsByWorkspace.get(workspaceId) ?? fixture.agents);
}

/** Hands out each ticket once, then starts over (reported: a second reply no longer claims). */
export function cycle<T>(items: T[]): () => T {
  let i = 0;
  return () => {
    const item = items[i++ % items.length];
    if (item === undefined) throw new Error('no items to cycle through');
    return item;
  };
}

let newRequesterSeq = 0;
const runTag = Date.now().toString(36);

/** One scenario per API operation measured; each request varies its agent, ticket or requester. */
export function apiScenario(id: ScenarioId, fixture: BenchFixture): HttpScenario {
  const bigAgents = fixture.agentsByWorkspace.get(fixture.bigWorkspaceId) ?? [];
  switch (id) {
    case 'createTicket-new-requester':
      return {
        next: () => {
          const agent = pick(random, fixture.agents);
          const n = ++newRequesterSeq;
          return {
            token: agent.token,
            body: ops.requestBody(ops.CREATE_TICKET, {
              input: {
                workspaceId: String(agent.workspaceId),
                requesterEmail: `new-${runTag}-${n}@bench.example.com`,
                requesterName: 'New Customer',
                subject: 'Printer on the third floor is out of toner',
                description: 'Reported by phone. The spare cartridges are in the supply room.',
              },
            }),
          };
        },
      };
    case 'createTicket-existing-requester':
      return {
        next: () => {
          const requester = pick(random, fixture.requesters);
          const agent = agentOf(fixture, requester.workspaceId);
          return {
            token: agent.token,
            body: ops.requestBody(ops.CREATE_TICKET, {
              input: {
                workspaceId: String(agent.workspaceId),
                requesterEmail: requester.email,
                subject: 'Follow-up on my last order',
                priority: 'HIGH',
              },
            }),
          };
        },
      };
    case 'reply-claim': {
      const nextTicket = cycle(fixture.claimTicketsApi);
      return {
        next: () => {
          const ticket = nextTicket();
          return { token: agentOf(fixture, ticket.workspaceId).token, body: replyBody(ticket) };
        },
        check: (body) => body.includes('"claimed":true'),
      };
    }
    case 'reply-assigned':
      return {
        next: () => {
          const ticket = pick(random, fixture.assignedOpenTickets);
          const assignee =
            fixture.agentByMemberId.get(ticket.assigneeId ?? -1) ?? agentOf(fixture, ticket.workspaceId);
          return { token: assignee.token, body: replyBody(ticket) };
        },
      };
    case 'assignTicket':
      return {
        next: () => {
          const ticket = pick(random, fixture.assignedOpenTickets);
          return {
            token: agentOf(fixture, ticket.workspaceId).token,
            body: ops.requestBody(ops.ASSIGN, {
              ticketId: String(ticket.id),
              assigneeId: String(agentOf(fixture, ticket.workspaceId).memberId),
            }),
          };
        },
      };
    case 'queue-first-page':
    case 'queue-deep-page':
      return {
        next: () => ({
          token: pick(random, bigAgents).token,
          body: ops.requestBody(ops.UNASSIGNED_QUEUE, {
            workspaceId: String(fixture.bigWorkspaceId),
            first: PAGE,
            after: id === 'queue-deep-page' ? fixture.deepCursor : null,
          }),
        }),
      };
    case 'tickets-mine':
      return {
        next: () => ({
          token: pick(random, bigAgents).token,
          body: ops.requestBody(ops.INBOX_PAGE, {
            workspaceId: String(fixture.bigWorkspaceId),
            view: 'MINE',
            first: PAGE,
          }),
        }),
      };
    case 'ticketByReference':
      return {
        next: () => {
          const ticket = pick(random, fixture.sampleTickets);
          return {
            token: agentOf(fixture, ticket.workspaceId).token,
            body: ops.requestBody(ops.TICKET_BY_REFERENCE, { reference: reference(ticket.id) }),
          };
        },
        check: (body) => !body.includes('"ticketByReference":null'),
      };
    case 'typename':
      return { next: () => ({ body: ops.requestBody(ops.TYPENAME) }) };
  }
}

function replyBody(ticket: TicketRef): string {
  return ops.requestBody(ops.REPLY, {
    input: {
      ticketId: String(ticket.id),
      body: 'Thanks, we are looking into it and will get back to you today.',
    },
  });
}
