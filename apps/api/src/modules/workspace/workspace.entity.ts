import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('workspaces')
export class WorkspaceEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 80 })
  slug: string;

  /** The last per-workspace ticket number handed out; bumped inside each ticket's transaction. */
  @Column({ name: 'ticket_counter', type: 'integer', default: 0 })
  ticketCounter: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
