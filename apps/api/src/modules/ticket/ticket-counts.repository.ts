import type { EntityManager } from 'typeorm';
import { insertOne, rawEntityReader, rows, statement, write } from '../../database';
import { MemberTicketCountsEntity } from './member-ticket-counts.entity';
import { TicketCountsEntity } from './ticket-counts.entity';

const moveWorkspaceCounts = statement<{
  open: number;
  unassigned: number;
  total: number;
  workspaceId: number;
}>('move ticket counts', (tx) =>
  tx
    .createQueryBuilder()
    .update(TicketCountsEntity)
    .set({
      openCount: () => 'open_count + :open',
      unassignedCount: () => 'unassigned_count + :unassigned',
      totalCount: () => 'total_count + :total',
    })
    .where('workspace_id = :workspaceId'),
);

const moveMemberOpenCount = statement<{ memberId: number; delta: number }>('move member open count', (tx) =>
  tx
    .createQueryBuilder()
    .update(MemberTicketCountsEntity)
    .set({ openCount: () => 'open_count + :delta' })
    .where('member_id = :memberId'),
);

/** What a count depends on: a ticket's assignee and whether it is open. */
export interface CountedState {
  isOpen: boolean;
  assigneeId: number | null;
}

/**
 * Moves `tickets` tickets of a workspace from one state to another (null: not there, for a new
 * ticket) in its ticket_counts row and in the member_ticket_counts rows of the assignees before and
 * after. Every write that creates a ticket or changes its assignee or open state calls this in the
 * same transaction, so the totals commit or roll back with the change.
 * Callers run it last, and it locks the count rows in one order for every transaction: members by
 * ascending id, then the workspace. A transaction waiting for a count row holds only count rows that
 * come earlier in that order, so no two can wait for each other (such as two opposite reassignments
 * between the same members); the workspace row, the busiest, is held only until the commit.
 */
export async function moveTicketCounts(
  tx: EntityManager,
  workspaceId: number,
  from: CountedState | null,
  to: CountedState,
  tickets = 1,
): Promise<void> {
  await moveMemberCounts(tx, from, to, tickets);
  const weight = (state: CountedState | null) => ({
    open: state?.isOpen ? 1 : 0,
    unassigned: state?.isOpen && state.assigneeId === null ? 1 : 0,
    total: state ? 1 : 0,
  });
  const [before, after] = [weight(from), weight(to)];
  const delta = {
    open: (after.open - before.open) * tickets,
    unassigned: (after.unassigned - before.unassigned) * tickets,
    total: (after.total - before.total) * tickets,
  };
  if (delta.open === 0 && delta.unassigned === 0 && delta.total === 0) return;
  const result = await write(tx, moveWorkspaceCounts, { ...delta, workspaceId });
  if (result.affected !== 1) throw new Error(`Workspace ${workspaceId} has no ticket_counts row`);
}

async function moveMemberCounts(
  tx: EntityManager,
  from: CountedState | null,
  to: CountedState,
  tickets: number,
): Promise<void> {
  const deltas = new Map<number, number>();
  const count = (state: CountedState | null, sign: number) => {
    if (state?.isOpen && state.assigneeId !== null)
      deltas.set(state.assigneeId, (deltas.get(state.assigneeId) ?? 0) + sign * tickets);
  };
  count(from, -1);
  count(to, 1);
  const inLockOrder = [...deltas].filter(([, delta]) => delta !== 0).sort(([a], [b]) => a - b);
  for (const [memberId, delta] of inLockOrder) {
    const result = await write(tx, moveMemberOpenCount, { memberId, delta });
    if (result.affected !== 1) throw new Error(`Member ${memberId} has no member_ticket_counts row`);
  }
}

/** A new workspace's totals, all zero: ticket changes then only move them. */
export async function insertWorkspaceCounts(tx: EntityManager, workspaceId: number): Promise<void> {
  await insertOne(tx, TicketCountsEntity, { workspaceId, openCount: 0, unassignedCount: 0, totalCount: 0 });
}

/** A new member's open count, zero: ticket changes then only move it. */
export async function insertMemberCounts(tx: EntityManager, memberId: number): Promise<void> {
  await insertOne(tx, MemberTicketCountsEntity, { memberId, openCount: 0 });
}

const workspaceCounts = statement<{ ws: number }>('ticket counts of a workspace', (manager) =>
  manager.createQueryBuilder(TicketCountsEntity, 'c').where('c.workspaceId = :ws'),
);

/** The totals of a workspace's lists, one primary-key read. */
export async function readWorkspaceCounts(
  manager: EntityManager,
  workspaceId: number,
): Promise<TicketCountsEntity> {
  const [row] = await rows(manager, workspaceCounts, { ws: workspaceId });
  if (!row) throw new Error(`Workspace ${workspaceId} has no ticket_counts row`);
  return rawEntityReader(manager.connection, TicketCountsEntity, 'c')(row);
}

const memberOpenCount = statement<{ me: number }>('open count of a member', (manager) =>
  manager
    .createQueryBuilder(MemberTicketCountsEntity, 'c')
    .select('c.openCount', 'count')
    .where('c.memberId = :me'),
);

/** The total of a member's "Assigned to me", one primary-key read. */
export async function readMemberOpenCount(manager: EntityManager, memberId: number): Promise<number> {
  const [row] = await rows(manager, memberOpenCount, { me: memberId });
  if (!row) throw new Error(`Member ${memberId} has no member_ticket_counts row`);
  return Number(row['count']);
}
