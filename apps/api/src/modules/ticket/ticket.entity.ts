import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MemberEntity } from '../member';
import type { RequesterEntity } from '../requester';

import type { Channel, TicketStatus } from './ticket.enums';

@Entity('tickets')
export class TicketEntity {
  /** Global auto-increment: also the number behind the globally unique reference. */
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'workspace_id', type: 'integer' })
  workspaceId: number;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: 250 })
  subject: string;

  @Column({ type: 'text' })
  description: string;

  /** Rank 0 (LOW) .. 3 (URGENT), so the unassigned queue orders by an index. */
  @Column({ type: 'smallint' })
  priority: number;

  @Column({ type: 'varchar', length: 16 })
  status: TicketStatus;

  /** status is OPEN or PENDING; stored so that every view's filter and order is one index range. */
  @Column({ name: 'is_open', type: 'boolean' })
  isOpen: boolean;

  @Column({ type: 'varchar', length: 16 })
  channel: Channel;

  @Column({ name: 'category_id', type: 'integer', nullable: true })
  categoryId: number | null;

  @Column({ name: 'requester_id', type: 'integer' })
  requesterId: number;

  @Column({ name: 'assignee_id', type: 'integer', nullable: true })
  assigneeId: number | null;

  @Column({ name: 'created_by_id', type: 'integer', nullable: true })
  createdById: number | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;

  // Not columns: joined in by the list queries only, so that a page of tickets with the people
  // every list shows costs one query. Elsewhere they are undefined; resolvers read them through loaders.
  requester?: RequesterEntity;
  assignee?: MemberEntity | null;
}
