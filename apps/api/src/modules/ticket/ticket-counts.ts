import type { EntityManager } from 'typeorm';
import { TicketCountsEntity } from './ticket-counts.entity';

/** What a count depends on: a ticket's assignee and whether it is open. */
export interface CountedState {
  isOpen: boolean;
  assigneeId: number | null;
}

/**
 * Moves `tickets` tickets of a workspace from one state to another (null: not there, for a new
 * ticket) in its ticket_counts row. Every write that creates a ticket or changes its assignee or
 * open state calls this in the same transaction, so the totals commit or roll back with the change.
 * Callers run it last: the row is the workspace's busiest lock and is held only until the commit,
 * and since nothing is locked after it, it can take part in no deadlock.
 */
export async function moveTicketCounts(
  tx: EntityManager,
  workspaceId: number,
  from: CountedState | null,
  to: CountedState,
  tickets = 1,
): Promise<void> {
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
  const result = await tx
    .createQueryBuilder()
    .update(TicketCountsEntity)
    .set({
      openCount: () => 'open_count + :open',
      unassignedCount: () => 'unassigned_count + :unassigned',
      totalCount: () => 'total_count + :total',
    })
    .where('workspace_id = :workspaceId', { workspaceId })
    .setParameters(delta)
    .execute();
  if (result.affected !== 1) throw new Error(`Workspace ${workspaceId} has no ticket_counts row`);
}
