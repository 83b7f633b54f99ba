import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A workspace's ticket totals, changed with its tickets (see ticket-counts.repository.ts). */
@Entity('ticket_counts')
export class TicketCountsEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'integer' })
  workspaceId: number;

  /** Open or pending: the Inbox. */
  @Column({ name: 'open_count', type: 'integer' })
  openCount: number;

  /** Open or pending with no assignee: the Unassigned queue. */
  @Column({ name: 'unassigned_count', type: 'integer' })
  unassignedCount: number;

  /** Every ticket, whatever its status. */
  @Column({ name: 'total_count', type: 'integer' })
  totalCount: number;
}
