import type { EntityManager } from 'typeorm';
import { insertOne } from '../../database/entity-queries';
import { MemberTicketCountsEntity } from '../ticket/member-ticket-counts.entity';
import { MemberEntity } from './member.entity';

/** A member comes with its member_ticket_counts row, which ticket changes then only update. */
export async function createMember(
  manager: EntityManager,
  values: Omit<MemberEntity, 'id'>,
): Promise<MemberEntity> {
  const member: MemberEntity = { ...values, id: await insertOne(manager, MemberEntity, values) };
  await insertOne(manager, MemberTicketCountsEntity, { memberId: member.id, openCount: 0 });
  return member;
}
