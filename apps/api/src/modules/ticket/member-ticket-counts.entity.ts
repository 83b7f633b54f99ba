import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A member's open tickets, changed with its tickets (see ticket-counts.repository.ts): the total of "Assigned to me". */
@Entity('member_ticket_counts')
export class MemberTicketCountsEntity {
  @PrimaryColumn({ name: 'member_id', type: 'integer' })
  memberId: number;

  /** Open or pending tickets assigned to the member. */
  @Column({ name: 'open_count', type: 'integer' })
  openCount: number;
}
