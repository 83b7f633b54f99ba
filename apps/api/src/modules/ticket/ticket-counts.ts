import type { EntityManager } from 'typeorm';
import { preparedWrite } from '../../database/prepared-queries';
import { MemberTicketCountsEntity } from './member-ticket-counts.entity';
import { TicketCountsEntity } from './ticket-counts.entity';

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
  const build = () =>
    tx
      .createQueryBuilder()
      .update(TicketCountsEntity)
      .set({
        openCount: () => 'open_count + :open',
        unassignedCount: () => 'unassigned_count + :unassigned',
        totalCount: () => 'total_count + :total',
      })
      .where('workspace_id = :workspaceId');
  const result = await preparedWrite(tx, 'ticket-counts:move', build, { ...delta, workspaceId });
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
    const build = () =>
      tx
        .createQueryBuilder()
        .update(MemberTicketCountsEntity)
        .set({ openCount: () => 'open_count + :delta' })
        .where('member_id = :memberId');
    const result = await preparedWrite(tx, 'member-ticket-counts:move', build, { memberId, delta });
    if (result.affected !== 1) throw new Error(`Member ${memberId} has no member_ticket_counts row`);
  }
}
