import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { AssignmentVia } from './assignment-via.enum';

/** Append-only: rows are inserted and never updated or deleted. */
@Entity('assignment_events')
export class AssignmentEventEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'ticket_id', type: 'integer' })
  ticketId: number;

  @Column({ type: 'varchar', length: 16 })
  via: AssignmentVia;

  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId: number | null;

  @Column({ name: 'from_member_id', type: 'integer', nullable: true })
  fromMemberId: number | null;

  @Column({ name: 'to_member_id', type: 'integer', nullable: true })
  toMemberId: number | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
