import type { EntityManager } from 'typeorm';
import { findOneBy, insertOne, updateBy } from '../../database';
import { MemberEntity } from './member.entity';

/** The statements of `members`: the only code that writes them. */

/**
 * Reads a member and holds its row for the rest of the transaction (where the database needs a
 * lock for that; see Dialect.locksReadRows): a concurrent deactivation either commits first (and
 * this read sees it inactive) or waits for this transaction (and then finds its tickets to unassign).
 */
export function findMemberLocked(
  tx: EntityManager,
  id: number,
  workspaceId: number,
): Promise<MemberEntity | null> {
  return findOneBy(tx, MemberEntity, { id, workspaceId }, { lock: true });
}

export function findMember(manager: EntityManager, id: number): Promise<MemberEntity | null> {
  return findOneBy(manager, MemberEntity, { id });
}

export async function insertMember(
  tx: EntityManager,
  values: Omit<MemberEntity, 'id'>,
): Promise<MemberEntity> {
  return { ...values, id: await insertOne(tx, MemberEntity, values) };
}

export async function writeMemberActive(tx: EntityManager, id: number, active: boolean): Promise<void> {
  await updateBy(tx, MemberEntity, { id }, { active });
}

/** By name, at most `max`. */
export function listMembers(
  manager: EntityManager,
  workspaceId: number,
  includeInactive: boolean,
  max: number,
): Promise<MemberEntity[]> {
  return manager.find(MemberEntity, {
    where: includeInactive ? { workspaceId } : { workspaceId, active: true },
    order: { name: 'ASC', id: 'ASC' },
    take: max,
  });
}

export function membershipsOfAgent(manager: EntityManager, agentId: number): Promise<MemberEntity[]> {
  return manager.find(MemberEntity, { where: { agentId }, order: { id: 'ASC' } });
}

export function countActiveMemberships(manager: EntityManager, agentId: number): Promise<number> {
  return manager.countBy(MemberEntity, { agentId, active: true });
}
