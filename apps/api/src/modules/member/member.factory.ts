import type { EntityManager } from 'typeorm';
import { MemberTicketCountsEntity } from '../ticket/member-ticket-counts.entity';
import { MemberEntity } from './member.entity';

/** A member comes with its member_ticket_counts row, which ticket changes then only update. */
export async function createMember(manager: EntityManager, values: Omit<MemberEntity, 'id'>): Promise<MemberEntity> {
  const inserted = await manager.insert(MemberEntity, values);
  const member: MemberEntity = { ...values, id: Number(inserted.identifiers[0]?.id) };
  await manager.insert(MemberTicketCountsEntity, { memberId: member.id, openCount: 0 });
  return member;
}
