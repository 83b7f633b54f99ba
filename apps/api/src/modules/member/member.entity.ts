import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { MemberRole } from './member-role.enum';

@Entity('members')
export class MemberEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'workspace_id', type: 'integer' })
  workspaceId: number;

  @Column({ name: 'agent_id', type: 'integer' })
  agentId: number;

  /** The name shown in this workspace (an agent may go by different names in different workspaces). */
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  role: MemberRole;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
