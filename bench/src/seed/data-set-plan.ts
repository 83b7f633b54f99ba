/**
 * The shape of the seeded data set. Workspace sizes follow a Zipf law (s = 1.3): a few big tenants
 * and a long tail, as on any multi-tenant helpdesk; the largest holds about a third of the tickets
 * and carries a triage backlog, so the deep-page scenario can go ~100,000 rows into its queue.
 */
export interface DataSetPlan {
  workspaces: number;
  agentsPerWorkspace: number;
  tickets: number;
  /** Cumulative ticket weights per workspace, for picking a ticket's workspace. */
  cumulativeWeights: number[];
  /** Expected tickets per workspace (rounded), for sizing requesters. */
  expectedTickets: number[];
  requestersPerWorkspace: number[];
  /** Probability that a ticket of the workspace is open and unassigned. */
  unassignedShare: number[];
}

export const TICKETS_PER_REQUESTER = 5;
export const UNASSIGNED_SHARE = 0.1;
export const BACKLOG_SHARE = 0.33;
export const ZIPF_EXPONENT = 1.3;

export function planDataSet(workspaces: number, agentsPerWorkspace: number, tickets: number): DataSetPlan {
  const weights = Array.from({ length: workspaces }, (_, i) => 1 / Math.pow(i + 1, ZIPF_EXPONENT));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulativeWeights: number[] = [];
  let sum = 0;
  for (const w of weights) cumulativeWeights.push((sum += w));
  const expectedTickets = weights.map((w) => Math.round((w / total) * tickets));
  return {
    workspaces,
    agentsPerWorkspace,
    tickets,
    cumulativeWeights,
    expectedTickets,
    // Slack of 10%: a workspace may draw a few more tickets than expected.
    requestersPerWorkspace: expectedTickets.map((n) =>
      Math.max(1, Math.ceil((n * 1.1) / TICKETS_PER_REQUESTER)),
    ),
    unassignedShare: weights.map((_, i) => (i === 0 && workspaces > 1 ? BACKLOG_SHARE : UNASSIGNED_SHARE)),
  };
}

/** Ids are assigned by the seed (explicit ids), so rows can refer to each other without reading back. */
export function memberId(plan: DataSetPlan, workspaceIndex: number, agentIndex: number): number {
  return workspaceIndex * plan.agentsPerWorkspace + agentIndex + 1;
}

export const CATEGORY_NAMES = [
  'Billing',
  'Bug report',
  'Account access',
  'Feature request',
  'Shipping',
] as const;

export function categoryId(workspaceIndex: number, categoryIndex: number): number {
  return workspaceIndex * CATEGORY_NAMES.length + categoryIndex + 1;
}
