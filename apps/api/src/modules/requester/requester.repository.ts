import type { EntityManager } from 'typeorm';
import { findOneBy, findOneByOrFail, statement, write } from '../../database';
import { RequesterEntity } from './requester.entity';

/** The statements of `requesters`: the only code that writes them. */

const upsert = statement<{ workspaceId: number; email: string; name: string | null; now: Date }>(
  'requester upsert',
  (tx) =>
    tx
      .createQueryBuilder()
      .insert()
      .into(RequesterEntity)
      .values({
        workspaceId: () => ':workspaceId',
        email: () => ':email',
        name: () => ':name',
        createdAt: () => ':now',
      })
      .orUpdate(['workspace_id'], ['workspace_id', 'email']),
);

// Fills in a blank name only; the WHERE keeps a concurrent backfill from being overwritten.
const backfillName = statement<{ name: string; id: number }>('requester name backfill', (tx) =>
  tx
    .createQueryBuilder()
    .update(RequesterEntity)
    .set({ name: () => ':name' })
    .where("id = :id AND (name IS NULL OR TRIM(name) = '')"),
);

/** Inserts the requester unless the unique (workspace, email) index has it, and reads the row back. */
export async function upsertRequester(
  tx: EntityManager,
  workspaceId: number,
  email: string,
  name: string | null,
  now: Date,
): Promise<RequesterEntity> {
  await write(tx, upsert, { workspaceId, email, name, now });
  return findOneByOrFail(tx, RequesterEntity, { workspaceId, email });
}

export async function fillInBlankName(tx: EntityManager, id: number, name: string): Promise<RequesterEntity> {
  await write(tx, backfillName, { name, id });
  return findOneByOrFail(tx, RequesterEntity, { id });
}

export function findRequesterByEmail(
  manager: EntityManager,
  workspaceId: number,
  email: string,
): Promise<RequesterEntity | null> {
  return findOneBy(manager, RequesterEntity, { workspaceId, email });
}

/**
 * Requesters whose email starts with `prefix`, by email: a range scan of the unique
 * (workspace_id, email) index. '!' as the LIKE escape: a backslash means different things in MySQL
 * and SQLite string literals.
 */
export function searchRequesters(
  manager: EntityManager,
  workspaceId: number,
  prefix: string,
  first: number,
): Promise<RequesterEntity[]> {
  const escaped = prefix.replace(/[!%_]/g, (c) => `!${c}`);
  return manager
    .getRepository(RequesterEntity)
    .createQueryBuilder('r')
    .where('r.workspaceId = :ws', { ws: workspaceId })
    .andWhere("r.email LIKE :prefix ESCAPE '!'", { prefix: `${escaped}%` })
    .orderBy('r.email', 'ASC')
    .take(first)
    .getMany();
}
