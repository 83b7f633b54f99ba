import type { EntityManager } from 'typeorm';
import { findOneBy, insertOne } from '../../database';
import { AgentEntity } from './agent.entity';

/** Accounts: the only code that reads or writes `agents` by a rule of its own. */
export function findAgentByEmail(manager: EntityManager, email: string): Promise<AgentEntity | null> {
  return findOneBy(manager, AgentEntity, { email });
}

export async function insertAgent(tx: EntityManager, values: Omit<AgentEntity, 'id'>): Promise<AgentEntity> {
  return { ...values, id: await insertOne(tx, AgentEntity, values) };
}
