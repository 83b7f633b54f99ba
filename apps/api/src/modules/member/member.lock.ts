import type { EntityManager } from 'typeorm';
import { findOneBy } from '../../database/entity-queries';
import { MemberEntity } from './member.entity';

/**
 * Reads a member under a row lock on MySQL: a concurrent deactivation either commits first (and
 * this read sees it inactive) or waits for this transaction (and then finds its tickets to unassign).
 * SQLite needs no lock: its write transactions already run one at a time. FOR UPDATE rather than a
 * shared lock because MySQL 8 and MariaDB spell the shared one differently (FOR SHARE / LOCK IN SHARE MODE).
 */
export function findMemberLocked(
  tx: EntityManager,
  id: number,
  workspaceId: number,
): Promise<MemberEntity | null> {
  return findOneBy(
    tx,
    MemberEntity,
    { id, workspaceId },
    { lockForUpdate: tx.connection.options.type === 'mysql' },
  );
}
