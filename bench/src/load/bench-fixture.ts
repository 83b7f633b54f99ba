import { benchToken, encodeQueueCursor } from '../lib/bench-tokens';
import { shuffle, seededRandom } from '../lib/random';
import type { SqlClient } from '../lib/sql-client';

export interface Agent {
  memberId: number;
  agentId: number;
  workspaceId: number;
  token: string;
}

export interface TicketRef {
  id: number;
  workspaceId: number;
  assigneeId: number | null;
}

/** What the scenarios need from the seeded database, read once before the load. */
export interface BenchFixture {
  agents: Agent[];
  agentsByWorkspace: Map<number, Agent[]>;
  agentByMemberId: Map<number, Agent>;
  /** The workspace with the longest Unassigned queue: the list scenarios run there (the worst case). */
  bigWorkspaceId: number;
  bigQueueLength: number;
  deepCursor: string;
  /** Rows before the deep page: 100,000 or as deep as the queue allows. */
  deepDepth: number;
  requesters: { workspaceId: number; email: string }[];
  /** Open unassigned tickets, disjoint sets for the API and the raw baseline (each claim uses one up). */
  claimTicketsApi: TicketRef[];
  claimTicketsRaw: TicketRef[];
  assignedOpenTickets: TicketRef[];
  sampleTickets: TicketRef[];
}

const TARGET_DEPTH = 100_000;
const PAGE = 25;

export async function loadFixture(sql: SqlClient): Promise<BenchFixture> {
  const random = seededRandom(7);
  const members = await sql.query<{ id: number; workspace_id: number; agent_id: number }>(
    'SELECT id, workspace_id, agent_id FROM members WHERE active = 1',
  );
  if (members.length === 0) throw new Error('The database has no members: run `pnpm bench:seed` first.');
  const agents = members.map((m) => ({
    memberId: Number(m.id),
    agentId: Number(m.agent_id),
    workspaceId: Number(m.workspace_id),
    token: benchToken(Number(m.agent_id)),
  }));
  const agentsByWorkspace = new Map<number, Agent[]>();
  for (const a of agents)
    agentsByWorkspace.set(a.workspaceId, [...(agentsByWorkspace.get(a.workspaceId) ?? []), a]);

  const [big] = await sql.query<{ workspace_id: number; n: number }>(
    'SELECT workspace_id, COUNT(*) AS n FROM tickets WHERE is_open = 1 AND assignee_id IS NULL GROUP BY workspace_id ORDER BY n DESC LIMIT 1',
  );
  if (!big) throw new Error('No unassigned tickets in the database: seed again.');
  const bigWorkspaceId = Number(big.workspace_id);
  const bigQueueLength = Number(big.n);
  const deepDepth = Math.max(0, Math.min(TARGET_DEPTH, bigQueueLength - PAGE - 1));
  const [deepRow] = await sql.query<{ priority: number; id: number }>(
    'SELECT priority, id FROM tickets WHERE workspace_id = ? AND is_open = 1 AND assignee_id IS NULL ORDER BY priority DESC, id ASC LIMIT 1 OFFSET ?',
    [bigWorkspaceId, Math.max(0, deepDepth - 1)],
  );
  const deepCursor = encodeQueueCursor(Number(deepRow?.priority ?? 0), Number(deepRow?.id ?? 0));

  // Claims take tickets out of the queue: take them from the other workspaces first, so the deep page
  // stays put, and only then (a small data set) from the big queue, oldest URGENT first (its first page).
  const claimable = await sql.query<{ id: number; workspace_id: number }>(
    'SELECT id, workspace_id FROM tickets WHERE is_open = 1 AND assignee_id IS NULL AND workspace_id <> ? LIMIT 80000',
    [bigWorkspaceId],
  );
  if (claimable.length < 80_000) {
    claimable.push(
      ...(await sql.query<{ id: number; workspace_id: number }>(
        'SELECT id, workspace_id FROM tickets WHERE workspace_id = ? AND is_open = 1 AND assignee_id IS NULL ORDER BY priority DESC, id ASC LIMIT ?',
        [bigWorkspaceId, Math.min(80_000 - claimable.length, Math.max(0, deepDepth - 1000))],
      )),
    );
  }
  const claim = shuffle(
    random,
    claimable.map((t) => ({ id: Number(t.id), workspaceId: Number(t.workspace_id), assigneeId: null })),
  );
  const split = Math.floor(claim.length * 0.4);

  const [{ maxId } = { maxId: 0 }] = await sql.query<{ maxId: number }>(
    'SELECT MAX(id) AS maxId FROM tickets',
  );
  const [{ maxRequester } = { maxRequester: 0 }] = await sql.query<{ maxRequester: number }>(
    'SELECT MAX(id) AS maxRequester FROM requesters',
  );
  const sampleTickets: TicketRef[] = [];
  const assignedOpenTickets: TicketRef[] = [];
  for (let i = 0; i < 20; i++) {
    const ids = Array.from({ length: 1000 }, () => 1 + Math.floor(random() * Number(maxId)));
    const rows = await sql.query<{
      id: number;
      workspace_id: number;
      assignee_id: number | null;
      is_open: number;
    }>(`SELECT id, workspace_id, assignee_id, is_open FROM tickets WHERE id IN (${ids.join(',')})`);
    for (const r of rows) {
      const t = {
        id: Number(r.id),
        workspaceId: Number(r.workspace_id),
        assigneeId: r.assignee_id === null ? null : Number(r.assignee_id),
      };
      sampleTickets.push(t);
      if (t.assigneeId !== null && Number(r.is_open) === 1) assignedOpenTickets.push(t);
    }
  }
  const requesterIds = Array.from({ length: 3000 }, () => 1 + Math.floor(random() * Number(maxRequester)));
  const requesters = (
    await sql.query<{ workspace_id: number; email: string }>(
      `SELECT workspace_id, email FROM requesters WHERE id IN (${requesterIds.join(',')})`,
    )
  ).map((r) => ({ workspaceId: Number(r.workspace_id), email: r.email }));

  return {
    agents,
    agentsByWorkspace,
    agentByMemberId: new Map(agents.map((a) => [a.memberId, a])),
    bigWorkspaceId,
    bigQueueLength,
    deepCursor,
    deepDepth,
    requesters,
    claimTicketsApi: claim.slice(0, split),
    claimTicketsRaw: claim.slice(split),
    assignedOpenTickets,
    sampleTickets,
  };
}
