import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('messages')
export class MessageEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'ticket_id', type: 'integer' })
  ticketId: number;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'boolean' })
  internal: boolean;

  @Column({ name: 'author_member_id', type: 'integer', nullable: true })
  authorMemberId: number | null;

  @Column({ name: 'author_requester_id', type: 'integer', nullable: true })
  authorRequesterId: number | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
