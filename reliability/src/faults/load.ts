import {
  CREATE_TICKET,
  REPLY,
  uniqueEmail,
  type Actor,
  type CreatedTicket,
  type ReplyPayload,
} from '../lib/fixtures';
import { failureCode, type CallResult, type GraphQLClient } from '../lib/graphql';
import { sleep } from '../lib/stats';

export interface LoadEvent {
  kind: 'createTicket' | 'replyToTicket';
  /** ms since the load started. */
  startedAt: number;
  endedAt: number;
  ok: boolean;
  /** OK, a contract code (INTERNAL_SERVER_ERROR …) or NETWORK <reason>. */
  code: string;
  message: string;
}

export interface AcknowledgedTicket {
  id: number;
  workspaceId: number;
  number: number;
}

export interface AcknowledgedReply {
  id: number;
  ticketId: number;
  authorMemberId: number;
  claimed: boolean;
}

/** After a failed request a client waits this long before its next one, as a real client would. */
const PAUSE_AFTER_FAILURE_MS = 100;

/**
 * A steady load: one client per agent, each looping until stopped: create an unassigned ticket, or
 * reply (publicly) to one of the last tickets of its workspace, which claims it when nobody has.
 * Records every request and everything the server acknowledged (HTTP 200 with data).
 */
export class LoadGenerator {
  readonly events: LoadEvent[] = [];
  readonly tickets: AcknowledgedTicket[] = [];
  readonly replies: AcknowledgedReply[] = [];
  private running = false;
  private workers: Promise<void>[] = [];
  private t0 = 0;

  constructor(
    private readonly client: GraphQLClient,
    private readonly agents: Actor[],
  ) {}

  /** ms since start() on the same clock as the events. */
  now(): number {
    return performance.now() - this.t0;
  }

  start(): void {
    this.t0 = performance.now();
    this.running = true;
    this.workers = this.agents.map((agent) => this.work(agent));
  }

  /** Stops issuing requests and waits for those in flight. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.workers);
  }

  private async work(agent: Actor): Promise<void> {
    while (this.running) {
      const recent = this.tickets.filter((t) => String(t.workspaceId) === agent.workspaceId).slice(-10);
      const ok =
        recent.length < 3 || Math.random() < 0.4
          ? await this.createTicket(agent)
          : await this.reply(agent, recent[Math.floor(Math.random() * recent.length)] as AcknowledgedTicket);
      if (!ok) await sleep(PAUSE_AFTER_FAILURE_MS);
    }
  }

  private async createTicket(agent: Actor): Promise<boolean> {
    const res = await this.client.call<{ createTicket: CreatedTicket }>(
      CREATE_TICKET,
      {
        input: {
          workspaceId: agent.workspaceId,
          requesterEmail: uniqueEmail('customer'),
          subject: 'Steady load',
          assigneeId: null,
        },
      },
      agent.token,
    );
    this.record('createTicket', res);
    if (res.ok && res.data) {
      const t = res.data.createTicket;
      this.tickets.push({ id: Number(t.id), workspaceId: Number(t.workspace.id), number: t.number });
    }
    return res.ok;
  }

  private async reply(agent: Actor, ticket: AcknowledgedTicket): Promise<boolean> {
    const res = await this.client.call<{ replyToTicket: ReplyPayload }>(
      REPLY,
      { input: { ticketId: String(ticket.id), body: 'On it' } },
      agent.token,
    );
    this.record('replyToTicket', res);
    if (res.ok && res.data) {
      const r = res.data.replyToTicket;
      this.replies.push({
        id: Number(r.message.id),
        ticketId: ticket.id,
        authorMemberId: Number(agent.memberId),
        claimed: r.claimed,
      });
    }
    return res.ok;
  }

  private record(kind: LoadEvent['kind'], res: CallResult<unknown>): void {
    const startedAt = res.startedAt - this.t0;
    this.events.push({
      kind,
      startedAt,
      endedAt: startedAt + res.ms,
      ok: res.ok,
      code: failureCode(res),
      message: res.ok ? '' : (res.errors?.[0]?.message ?? res.network ?? `HTTP ${res.status}`),
    });
  }
}

/** Polls GET /healthz every `everyMs` while running. */
export class HealthPoller {
  readonly polls: { at: number; status: number | null; ms: number }[] = [];
  private running = false;
  private loop: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: GraphQLClient,
    private readonly clock: () => number,
    private readonly everyMs = 200,
  ) {}

  start(): void {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        const at = this.clock();
        const { status, ms } = await this.client.health();
        this.polls.push({ at, status, ms });
        await sleep(this.everyMs);
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }
}
