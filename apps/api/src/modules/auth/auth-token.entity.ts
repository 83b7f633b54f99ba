import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Only the SHA-256 of a bearer token is stored, so a leaked table cannot be replayed. */
@Entity('auth_tokens')
export class AuthTokenEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'agent_id', type: 'integer' })
  agentId: number;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
