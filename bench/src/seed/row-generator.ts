import { benchToken, tokenHash } from '../lib/bench-tokens';
import { pick, pickWeighted, seededRandom } from '../lib/random';
import { CATEGORY_NAMES, categoryId, type DataSetPlan, memberId } from './data-set-plan';
import type { Row } from './table-writer';

export const COLUMNS = {
  agents: ['id', 'email', 'name', 'password_hash', 'created_at'],
  auth_tokens: ['id', 'agent_id', 'token_hash', 'expires_at', 'created_at'],
  workspaces: ['id', 'name', 'slug', 'ticket_counter', 'created_at'],
  members: ['id', 'workspace_id', 'agent_id', 'name', 'role', 'active', 'created_at'],
  categories: ['id', 'workspace_id', 'name', 'created_at'],
  requesters: ['id', 'workspace_id', 'email', 'name', 'created_at'],
  tickets: [
    'id',
    'workspace_id',
    'number',
    'subject',
    'description',
    'priority',
    'status',
    'is_open',
    'channel',
    'category_id',
    'requester_id',
    'assignee_id',
    'created_by_id',
    'created_at',
    'updated_at',
  ],
  messages: ['id', 'ticket_id', 'body', 'internal', 'author_member_id', 'author_requester_id', 'created_at'],
  assignment_events: ['id', 'ticket_id', 'via', 'actor_id', 'from_member_id', 'to_member_id', 'created_at'],
  ticket_counts: ['workspace_id', 'open_count', 'unassigned_count', 'total_count'],
  member_ticket_counts: ['member_id', 'open_count'],
} as const;

export type TableName = keyof typeof COLUMNS;

/** How both drivers of the API store datetime(3): UTC 'YYYY-MM-DD HH:MM:SS.mmm'. */
export function sqlDate(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').slice(0, 23);
}

const FIRST = [
  'Ada',
  'Grace',
  'Alan',
  'Linus',
  'Margaret',
  'Ken',
  'Barbara',
  'Dennis',
  'Frances',
  'Edsger',
  'Radia',
  'Tim',
];
const LAST = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Torvalds',
  'Hamilton',
  'Thompson',
  'Liskov',
  'Ritchie',
  'Allen',
  'Dijkstra',
  'Perlman',
  'Lee',
];
const SUBJECTS = [
  'Cannot sign in after the password reset',
  'Invoice shows the wrong VAT number',
  'Order arrived damaged',
  'Export to CSV times out',
  'Please add dark mode',
  'Charged twice this month',
  'Two-factor codes never arrive',
  'Tracking number does not work',
  'The app crashes when I upload a photo',
  'How do I change the account owner?',
];
const SENTENCES = [
  'I tried again this morning and it still happens.',
  'This is blocking our whole team, please have a look soon.',
  'Screenshots are attached; the error appears right after clicking Save.',
  'We are on the Business plan since last spring.',
  'Thanks for your help, it is much appreciated.',
  'Could you also check whether the other accounts are affected?',
];
const PRIORITY_CUMULATIVE = [20, 75, 95, 100]; // LOW 20%, NORMAL 55%, HIGH 20%, URGENT 5%
const ASSIGNED_STATUS = [
  'OPEN',
  'OPEN',
  'PENDING',
  'SOLVED',
  'SOLVED',
  'SOLVED',
  'SOLVED',
  'CLOSED',
  'CLOSED',
  'CLOSED',
] as const;
const INBOUND_CHANNELS = ['EMAIL', 'EMAIL', 'CONTACT_FORM', 'CHAT', 'API'] as const;
const MINUTE = 60_000;

export interface TicketBatch {
  tickets: Row[];
  messages: Row[];
  events: Row[];
}

/**
 * Generates the data set deterministically. The tickets come in creation order and their workspaces
 * interleave (as they do in production), so one workspace's rows are spread over the whole table.
 */
export class RowGenerator {
  private readonly random = seededRandom(42);
  private readonly counters: number[];
  private readonly openCounts: number[];
  private readonly unassignedCounts: number[];
  private readonly memberOpenCounts = new Map<number, number>();
  private readonly requesterBase: number[] = [];
  private nextMessageId = 1;
  private nextEventId = 1;
  readonly start: number;
  private readonly step: number;

  constructor(
    private readonly plan: DataSetPlan,
    now: number,
  ) {
    this.counters = new Array<number>(plan.workspaces).fill(0);
    this.openCounts = new Array<number>(plan.workspaces).fill(0);
    this.unassignedCounts = new Array<number>(plan.workspaces).fill(0);
    let base = 0;
    for (const n of plan.requestersPerWorkspace) {
      this.requesterBase.push(base);
      base += n;
    }
    // Two years of history, ending an hour ago.
    this.start = now - 2 * 365 * 24 * 60 * MINUTE;
    this.step = (now - 60 * MINUTE - this.start) / Math.max(1, plan.tickets);
  }

  get ticketCounters(): readonly number[] {
    return this.counters;
  }

  agents(passwordHash: string): Row[] {
    const rows: Row[] = [];
    for (let w = 0; w < this.plan.workspaces; w++) {
      for (let a = 0; a < this.plan.agentsPerWorkspace; a++) {
        const id = memberId(this.plan, w, a);
        rows.push([
          id,
          `agent${a + 1}@ws${w + 1}.bench.example`,
          this.personName(id),
          passwordHash,
          sqlDate(this.start),
        ]);
      }
    }
    return rows;
  }

  authTokens(now: number): Row[] {
    const count = this.plan.workspaces * this.plan.agentsPerWorkspace;
    return Array.from({ length: count }, (_, i) => [
      i + 1,
      i + 1,
      tokenHash(benchToken(i + 1)),
      sqlDate(now + 365 * 24 * 60 * MINUTE),
      sqlDate(now),
    ]);
  }

  workspaces(): Row[] {
    return Array.from({ length: this.plan.workspaces }, (_, w) => [
      w + 1,
      `Bench workspace ${w + 1}`,
      `bench-${w + 1}`,
      0,
      sqlDate(this.start),
    ]);
  }

  members(): Row[] {
    const rows: Row[] = [];
    for (let w = 0; w < this.plan.workspaces; w++) {
      for (let a = 0; a < this.plan.agentsPerWorkspace; a++) {
        const id = memberId(this.plan, w, a);
        const role = a === 0 ? 'OWNER' : a === 1 ? 'ADMIN' : 'AGENT';
        rows.push([id, w + 1, id, this.personName(id), role, 1, sqlDate(this.start)]);
      }
    }
    return rows;
  }

  categories(): Row[] {
    const rows: Row[] = [];
    for (let w = 0; w < this.plan.workspaces; w++) {
      CATEGORY_NAMES.forEach((name, c) => rows.push([categoryId(w, c), w + 1, name, sqlDate(this.start)]));
    }
    return rows;
  }

  /** Requesters of workspace w, in chunks (the largest workspace has tens of thousands). */
  *requesters(chunk: number): Generator<Row[]> {
    let rows: Row[] = [];
    for (let w = 0; w < this.plan.workspaces; w++) {
      const n = this.plan.requestersPerWorkspace[w] ?? 0;
      for (let k = 1; k <= n; k++) {
        const id = (this.requesterBase[w] ?? 0) + k;
        // Every seventh requester has no name: createTicket's fill-in path then has something to do.
        rows.push([
          id,
          w + 1,
          requesterEmail(w, k),
          k % 7 === 0 ? null : this.personName(id),
          sqlDate(this.start),
        ]);
        if (rows.length >= chunk) {
          yield rows;
          rows = [];
        }
      }
    }
    if (rows.length > 0) yield rows;
  }

  /** Tickets firstId … firstId + count - 1 with their messages and assignment events. */
  tickets(firstId: number, count: number): TicketBatch {
    const batch: TicketBatch = { tickets: [], messages: [], events: [] };
    const r = this.random;
    for (let id = firstId; id < firstId + count; id++) {
      const w = pickWeighted(r, this.plan.cumulativeWeights);
      const number = ++this.counters[w]!;
      const createdAt = this.start + id * this.step;
      const requesterId =
        (this.requesterBase[w] ?? 0) + 1 + Math.floor(r() * (this.plan.requestersPerWorkspace[w] ?? 1));
      const unassigned = r() < (this.plan.unassignedShare[w] ?? 0);
      const assignee = unassigned
        ? null
        : memberId(this.plan, w, Math.floor(r() * this.plan.agentsPerWorkspace));
      const status = unassigned ? 'OPEN' : pick(r, ASSIGNED_STATUS);
      const isOpen = status === 'OPEN' || status === 'PENDING' ? 1 : 0;
      this.openCounts[w]! += isOpen;
      if (isOpen && unassigned) this.unassignedCounts[w]! += 1;
      if (isOpen && assignee !== null)
        this.memberOpenCounts.set(assignee, (this.memberOpenCounts.get(assignee) ?? 0) + 1);
      const manual = r() < 0.4;
      const createdBy = manual
        ? memberId(this.plan, w, Math.floor(r() * this.plan.agentsPerWorkspace))
        : null;
      const category = r() < 0.7 ? categoryId(w, Math.floor(r() * 5)) : null;
      const priority = pickWeighted(r, PRIORITY_CUMULATIVE);
      const description = `${pick(r, SENTENCES)} ${pick(r, SENTENCES)}`;
      let at = createdAt;
      const later = () => (at += MINUTE + Math.floor(r() * 30 * MINUTE));

      // Assignment history: the creation, then how the ticket reached its assignee.
      const how = r();
      const direct = assignee !== null && how < 0.4;
      batch.events.push([
        this.nextEventId++,
        id,
        'CREATE',
        createdBy,
        null,
        direct ? assignee : null,
        sqlDate(createdAt),
      ]);
      if (assignee !== null && !direct) {
        if (how < 0.75)
          batch.events.push([this.nextEventId++, id, 'CLAIM', assignee, null, assignee, sqlDate(later())]);
        else
          batch.events.push([
            this.nextEventId++,
            id,
            'ASSIGN',
            memberId(this.plan, w, 0),
            null,
            assignee,
            sqlDate(later()),
          ]);
      }

      // Half the tickets have a conversation of 1–3 messages (2 on average).
      if (r() < 0.5) {
        const n = 1 + Math.floor(r() * 3);
        for (let i = 0; i < n; i++) {
          const byAgent = assignee !== null && i % 2 === 0;
          batch.messages.push([
            this.nextMessageId++,
            id,
            byAgent ? `Hello, thanks for reaching out. ${pick(r, SENTENCES)}` : pick(r, SENTENCES),
            0,
            byAgent ? assignee : null,
            byAgent ? null : requesterId,
            sqlDate(later()),
          ]);
        }
      }
      batch.tickets.push([
        id,
        w + 1,
        number,
        `${pick(r, SUBJECTS)} (#${number})`,
        description,
        priority,
        status,
        isOpen,
        manual ? 'MANUAL' : pick(r, INBOUND_CHANNELS),
        category,
        requesterId,
        assignee,
        createdBy,
        sqlDate(createdAt),
        sqlDate(at),
      ]);
    }
    return batch;
  }

  /** Each workspace's list totals (the API's ticket_counts), once every ticket has been generated. */
  ticketCounts(): Row[] {
    return this.counters.map((total, w) => [
      w + 1,
      this.openCounts[w] ?? 0,
      this.unassignedCounts[w] ?? 0,
      total,
    ]);
  }

  /** Each member's open tickets (the API's member_ticket_counts), once every ticket has been generated. */
  memberTicketCounts(): Row[] {
    return this.members().map((member) => {
      const id = member[0] as number;
      return [id, this.memberOpenCounts.get(id) ?? 0];
    });
  }

  private personName(n: number): string {
    return `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`;
  }
}

export function requesterEmail(workspaceIndex: number, k: number): string {
  return `customer${k}@ws${workspaceIndex + 1}.example.com`;
}
