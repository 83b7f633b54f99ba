import { pick } from '../lib/random';
import type { DatabaseTarget } from '../lib/database-target';
import { cycle } from './api-scenarios';
import type { Agent, BenchFixture } from './bench-fixture';
import { openMysqlDriver, openSqliteDriver, type RawDriver } from './raw-driver';
import * as raw from './raw-operations';

/** Scenarios that have a raw-driver baseline: the same SQL statements, with no API in between. */
export type RawScenarioId =
  | 'createTicket-new-requester'
  | 'createTicket-existing-requester'
  | 'reply-claim'
  | 'reply-assigned'
  | 'assignTicket'
  | 'queue-first-page'
  | 'queue-deep-page'
  | 'tickets-mine'
  | 'ticketByReference';

export const RAW_SCENARIOS: RawScenarioId[] = [
  'createTicket-new-requester',
  'createTicket-existing-requester',
  'reply-claim',
  'reply-assigned',
  'assignTicket',
  'queue-first-page',
  'queue-deep-page',
  'tickets-mine',
  'ticketByReference',
];

let newRequesterSeq = 0;
const runTag = `raw${Date.now().toString(36)}`;

/**
 * The raw-driver baseline of each scenario: the same statements as the API (raw-operations.ts),
 * with the same kind of parameters the HTTP scenario sends (api-scenarios.ts).
 */
export class RawBaseline {
  readonly driver: RawDriver;

  constructor(target: DatabaseTarget, poolSize: number) {
    this.driver =
      target.dialect === 'mysql' ? openMysqlDriver(target.url, poolSize) : openSqliteDriver(target.file);
  }

  operation(id: RawScenarioId, fixture: BenchFixture): () => Promise<unknown> {
    const db = this.driver;
    const random = Math.random;
    const agentOf = (workspaceId: number): Agent =>
      pick(random, fixture.agentsByWorkspace.get(workspaceId) ?? fixture.agents);
    const bigAgents = fixture.agentsByWorkspace.get(fixture.bigWorkspaceId) ?? [];
    switch (id) {
      case 'createTicket-new-requester':
        return () => {
          const agent = pick(random, fixture.agents);
          return raw.createTicket(
            db,
            agent,
            agent.workspaceId,
            `new-${runTag}-${++newRequesterSeq}@bench.example.com`,
            'New Customer',
          );
        };
      case 'createTicket-existing-requester':
        return () => {
          const requester = pick(random, fixture.requesters);
          return raw.createTicket(
            db,
            agentOf(requester.workspaceId),
            requester.workspaceId,
            requester.email,
            null,
          );
        };
      case 'reply-claim': {
        const next = cycle(fixture.claimTicketsRaw);
        return async () => {
          const ticket = next();
          if (!(await raw.reply(db, agentOf(ticket.workspaceId), ticket.id)).claimed)
            throw new Error('the reply did not claim (claimable tickets used up)');
        };
      }
      case 'reply-assigned':
        return async () => {
          const ticket = pick(random, fixture.assignedOpenTickets);
          await raw.reply(
            db,
            fixture.agentByMemberId.get(ticket.assigneeId ?? -1) ?? agentOf(ticket.workspaceId),
            ticket.id,
          );
        };
      case 'assignTicket':
        return () => {
          const ticket = pick(random, fixture.assignedOpenTickets);
          return raw.assign(db, agentOf(ticket.workspaceId), ticket.id, agentOf(ticket.workspaceId).memberId);
        };
      case 'queue-first-page':
        return () => raw.unassignedQueue(db, pick(random, bigAgents), fixture.bigWorkspaceId, null);
      case 'queue-deep-page': {
        const after = JSON.parse(Buffer.from(fixture.deepCursor, 'base64url').toString()) as {
          p: number;
          id: number;
        };
        return () => raw.unassignedQueue(db, pick(random, bigAgents), fixture.bigWorkspaceId, after);
      }
      case 'tickets-mine':
        return () => raw.mine(db, pick(random, bigAgents), fixture.bigWorkspaceId);
      case 'ticketByReference':
        return () => {
          const ticket = pick(random, fixture.sampleTickets);
          return raw.byReference(db, agentOf(ticket.workspaceId), ticket.id);
        };
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
