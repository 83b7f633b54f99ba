import type { EntityManager } from 'typeorm';
import { insertOne, rawEntityReader, rows, statement, type Row } from '../../database';
import { MemberEntity } from '../member';
import { AuthTokenEntity } from './auth-token.entity';

/** The statements of `auth_tokens`: the only code that writes them. */

const tokenWithMemberships = statement<{ tokenHash: string }>('viewer', (manager) =>
  manager
    .createQueryBuilder(AuthTokenEntity, 't')
    .leftJoin(MemberEntity, 'm', 'm.agentId = t.agentId')
    .addSelect('m')
    .where('t.tokenHash = :tokenHash'),
);

/** A token and all of its agent's memberships, in one query: every request starts with it. */
export async function findTokenWithMemberships(
  manager: EntityManager,
  tokenHash: string,
): Promise<{ token: AuthTokenEntity; memberships: MemberEntity[] } | null> {
  const found = await rows(manager, tokenWithMemberships, { tokenHash });
  const first = found[0];
  if (!first) return null;
  const readMember = rawEntityReader(manager.connection, MemberEntity, 'm');
  return {
    token: rawEntityReader(manager.connection, AuthTokenEntity, 't')(first),
    memberships: found.filter((row: Row) => row['m_id'] != null).map(readMember),
  };
}

export async function insertToken(tx: EntityManager, values: Omit<AuthTokenEntity, 'id'>): Promise<void> {
  await insertOne(tx, AuthTokenEntity, values);
}

export async function deleteToken(tx: EntityManager, tokenHash: string): Promise<void> {
  await tx.delete(AuthTokenEntity, { tokenHash });
}
